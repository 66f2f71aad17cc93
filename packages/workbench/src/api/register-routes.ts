import { timingSafeEqual } from 'node:crypto';
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { SessionUser } from '../auth/session-store.js';
import { ApiError, type FieldIssue } from './api-error.js';
import type { AppDeps, AppEnv } from './app-env.js';
import type { AnyRoute, RouteInput } from './define-route.js';
import { can } from './permissions.js';

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Mounts routes on the app: session → CSRF → permission → validated query and body → handler → JSON. */
export function registerRoutes(app: Hono<AppEnv>, deps: AppDeps, routes: readonly AnyRoute[]): void {
  for (const route of routes) {
    app.on(route.method.toUpperCase(), route.path, async (c) => {
      const session = c.get('session');
      if (UNSAFE.has(c.req.method)) checkOrigin(c);
      if (!route.public) {
        if (!session) throw new ApiError('E_UNAUTHENTICATED', 'log in first');
        if (UNSAFE.has(c.req.method) && !sameToken(c.req.header('x-csrf-token'), session.csrfToken)) {
          throw new ApiError('E_CSRF', 'missing or wrong X-CSRF-Token header');
        }
        if (session.user.mustChangePassword && !route.beforePasswordChange) {
          throw new ApiError('E_PASSWORD_CHANGE_REQUIRED', 'change your temporary password first (POST /api/auth/password)');
        }
        if (route.permission && !can(session.user.role, route.permission)) {
          throw new ApiError('E_FORBIDDEN', `the role ${session.user.role} may not do this`);
        }
      }
      const query = route.query ? validate(route.query, Object.fromEntries(new URL(c.req.url).searchParams), 'query') : undefined;
      const body = route.body ? validate(route.body, await readJson(c, deps.maxBodyBytes), 'body') : undefined;
      const input: RouteInput<unknown, unknown> = {
        c,
        deps,
        body,
        query,
        params: c.req.param() as Record<string, string>,
        session,
        get user(): SessionUser {
          if (!session) throw new ApiError('E_UNAUTHENTICATED', 'log in first');
          return session.user;
        },
      };
      const result = await route.handle(input);
      if (result instanceof Response) return result;
      if (route.status === 204) return c.body(null, 204);
      return c.json(result as object, route.status ?? 200);
    });
  }
}

// A cross-site form or fetch carries the attacker's Origin; SameSite=Strict cookies and the token are the other walls.
function checkOrigin(c: Context<AppEnv>): void {
  const origin = c.req.header('origin');
  if (!origin) return;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    throw new ApiError('E_CSRF', 'malformed Origin header');
  }
  if (host !== (c.req.header('host') ?? new URL(c.req.url).host)) throw new ApiError('E_CSRF', 'cross-origin request refused');
}

function sameToken(sent: string | undefined, expected: string): boolean {
  if (!sent) return false;
  const a = Buffer.from(sent);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readJson(c: Context<AppEnv>, maxBytes: number): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/json\b/i.test(type)) throw new ApiError('E_UNSUPPORTED_MEDIA', 'send the body as application/json');
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > maxBytes) throw new ApiError('E_TOO_LARGE', `the body is larger than ${maxBytes} bytes`);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > maxBytes) throw new ApiError('E_TOO_LARGE', `the body is larger than ${maxBytes} bytes`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError('E_BAD_REQUEST', 'the body is not valid JSON');
  }
}

function validate<S extends z.ZodType>(schema: S, value: unknown, where: 'query' | 'body'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues: FieldIssue[] = parsed.error.issues.map((i) => ({
    path: [where, ...i.path.map(String)].join('.'),
    message: i.message,
  }));
  const first = issues[0];
  throw new ApiError('E_VALIDATION', first ? `${first.path}: ${first.message}` : `invalid ${where}`, { issues });
}
