import { randomUUID } from 'node:crypto';
import type { Hono } from 'hono';
import { hashPassword, type ScryptCost } from '../src/auth/password-hash.js';
import type { AppDeps, AppEnv } from '../src/api/app-env.js';
import { type AppOptions, createApp } from '../src/api/create-app.js';
import type { Role } from '../src/store/database-schema.js';
import type { Store } from '../src/store/open-store.js';

/** Cheap scrypt for tests only: the cost is a parameter of the stored hash, so logins work the same. */
export const TEST_SCRYPT: ScryptCost = { N: 1024, r: 8, p: 1 };
/** The password of every seeded user. */
export const PASSWORD = 'correct horse battery';

/** Two units with one user per role in unit A and an investigator and a read-only user in unit B. */
export interface Seed {
  unitA: string;
  unitB: string;
  users: Record<'adminA' | 'invA' | 'revA' | 'roA' | 'invB' | 'roB', { id: string; username: string }>;
}

/** A JSON response: status, parsed body, headers. */
export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client of the app: keeps the session cookie and echoes the CSRF token. */
export class ApiClient {
  cookie: string | undefined;
  csrf: string | undefined;
  private readonly app: Hono<AppEnv>;
  constructor(app: Hono<AppEnv>) {
    this.app = app;
  }

  /** Sends a request; `body` is sent as JSON unless it is a string (sent as is). */
  async call<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Reply<T>> {
    const h: Record<string, string> = { ...headers };
    if (this.cookie) h.cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('x-csrf-token' in h)) h['x-csrf-token'] = this.csrf;
    if (body !== undefined && !('content-type' in h)) h['content-type'] = 'application/json';
    const res = await this.app.request(path, {
      method,
      headers: h,
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : {}) as T, headers: res.headers };
  }

  /** Logs in and keeps the cookie and CSRF token. */
  async login(username: string, password = PASSWORD): Promise<Reply> {
    const r = await this.call('POST', '/api/auth/login', { username, password });
    const set = r.headers.get('set-cookie');
    if (r.status === 200 && set) {
      this.cookie = set.split(';')[0];
      this.csrf = r.body.csrfToken as string;
    }
    return r;
  }
}

/** Seeds units and users straight into the store. */
export async function seed(store: Store): Promise<Seed> {
  const now = new Date().toISOString();
  const unitA = randomUUID();
  const unitB = randomUUID();
  await store.db
    .insertInto('units')
    .values([
      { id: unitA, name: '甲市检察院', created_at: now },
      { id: unitB, name: '乙市检察院', created_at: now },
    ])
    .execute();
  const hash = await hashPassword(PASSWORD, TEST_SCRYPT);
  const spec: [keyof Seed['users'], Role, string][] = [
    ['adminA', 'admin', unitA],
    ['invA', 'investigator', unitA],
    ['revA', 'reviewer', unitA],
    ['roA', 'read-only', unitA],
    ['invB', 'investigator', unitB],
    ['roB', 'read-only', unitB],
  ];
  const users = {} as Seed['users'];
  for (const [key, role, unit] of spec) {
    const id = randomUUID();
    await store.db
      .insertInto('users')
      .values({ id, username: key, display_name: key, password_hash: hash, role, unit_id: unit, disabled: 0, created_at: now })
      .execute();
    users[key] = { id, username: key };
  }
  return { unitA, unitB, users };
}

/** A fresh app over `store` (with `options`, such as scan roots), seeded, with cheap scrypt and a login limit of 5. */
export async function harness(
  store: Store,
  options: Omit<AppOptions, 'store'> = {},
): Promise<{
  app: Hono<AppEnv>;
  deps: AppDeps;
  seed: Seed;
  client: () => ApiClient;
  as: (user: keyof Seed['users']) => Promise<ApiClient>;
}> {
  const { app, deps } = createApp({ store, scryptCost: TEST_SCRYPT, maxBodyBytes: 64 * 1024, ...options });
  const s = await seed(store);
  return {
    app,
    deps,
    seed: s,
    client: () => new ApiClient(app),
    as: async (user) => {
      const c = new ApiClient(app);
      const r = await c.login(user);
      if (r.status !== 200) throw new Error(`login of ${user} failed: ${r.status}`);
      return c;
    },
  };
}

/** A lead body that passes validation. */
export function leadBody(title = '某网站公开学生名单'): Record<string, unknown> {
  return {
    title,
    subject: { name: '某教育科技有限公司', type: 'website', region: '440300' },
    piTypes: [],
    peopleAffected: 1200,
    minors: 300,
    riskLevel: 'high',
  };
}
