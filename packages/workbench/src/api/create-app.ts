import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { secureHeaders } from 'hono/secure-headers';
import { DEFAULT_LOGIN_LIMITS, type LoginLimits, LoginLimiter } from '../auth/login-limiter.js';
import type { ScryptCost } from '../auth/password-hash.js';
import { findSession } from '../auth/session-store.js';
import { type ScanJobOptions, ScanJobRunner } from '../scans/scan-job-runner.js';
import { AuditLog } from '../store/audit-log.js';
import type { Store } from '../store/open-store.js';
import { ApiError } from './api-error.js';
import type { AppDeps, AppEnv, UploadLimits } from './app-env.js';
import type { AnyRoute } from './define-route.js';
import { openApiDocument } from './openapi-document.js';
import { registerRoutes } from './register-routes.js';
import { adminRoutes } from './routes/admin-routes.js';
import { authRoutes, SESSION_COOKIE } from './routes/auth-routes.js';
import { caseReportRoutes } from './routes/case-report-routes.js';
import { caseRoutes } from './routes/case-routes.js';
import { dashboardRoutes } from './routes/dashboard-routes.js';
import { evidenceRoutes } from './routes/evidence-routes.js';
import { leadRoutes } from './routes/lead-routes.js';
import { recheckRoutes } from './routes/recheck-routes.js';
import { reminderRoutes } from './routes/reminder-routes.js';
import { scanRoutes } from './routes/scan-routes.js';
import { typicalCaseRoutes } from './routes/typical-case-routes.js';
import { uploadRoutes } from './routes/upload-routes.js';

/** Options of the API app. */
export interface AppOptions {
  store: Store;
  clock?: () => Date;
  secureCookies?: boolean;
  maxBodyBytes?: number;
  loginLimits?: LoginLimits;
  scryptCost?: ScryptCost;
  /** Scan jobs: folders that may be scanned, the fingerprint key, private URLs. */
  scans?: ScanJobOptions;
  /** Uploads: folder and size limit; off when absent. */
  uploads?: UploadLimits;
  /** Version string for the OpenAPI description. */
  version?: string;
}

/** Every API route, in the order of the OpenAPI description. */
export const API_ROUTES: readonly AnyRoute[] = [
  ...authRoutes,
  ...leadRoutes,
  ...scanRoutes,
  ...uploadRoutes,
  ...caseRoutes,
  ...caseReportRoutes,
  ...evidenceRoutes,
  ...recheckRoutes,
  ...reminderRoutes,
  ...typicalCaseRoutes,
  ...dashboardRoutes,
  ...adminRoutes,
];

/** Builds the Hono app of the API (the UI's static files are mounted by the server, not here). */
export function createApp(options: AppOptions): { app: Hono<AppEnv>; deps: AppDeps } {
  const clock = options.clock ?? (() => new Date());
  const scanOptions = options.scans ?? { fileRoots: [] };
  const deps: AppDeps = {
    store: options.store,
    jobs: new ScanJobRunner(options.store.db, scanOptions),
    scanOptions,
    ...(options.uploads ? { uploads: options.uploads } : {}),
    audit: new AuditLog(options.store.db, clock),
    limiter: new LoginLimiter(options.loginLimits ?? DEFAULT_LOGIN_LIMITS, () => clock().getTime()),
    clock,
    secureCookies: options.secureCookies ?? true,
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    ...(options.scryptCost ? { scryptCost: options.scryptCost } : {}),
  };
  const app = new Hono<AppEnv>();
  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: { defaultSrc: ["'self'"], imgSrc: ["'self'", 'data:'], styleSrc: ["'self'", "'unsafe-inline'"] },
    }),
  );
  app.use('/api/*', async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set('session', token ? await findSession(deps.store.db, token, clock()) : undefined);
    c.header('Cache-Control', 'no-store');
    await next();
  });
  const document = openApiDocument(API_ROUTES, options.version ?? '0.1.0');
  app.get('/api/openapi.json', (c) => c.json(document));
  registerRoutes(app, deps, API_ROUTES);
  app.all('/api/*', (c) => c.json({ error: { code: 'E_NOT_FOUND', message: `no API route ${c.req.method} ${c.req.path}` } }, 404));
  app.onError((error, c) => {
    if (error instanceof ApiError) {
      for (const [k, v] of Object.entries(error.headers)) c.header(k, v);
      return c.json(
        { error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) } },
        error.status,
      );
    }
    // The message of an unexpected error may quote data; the client gets none of it.
    console.error(`piguard workbench: ${c.req.method} ${c.req.path} failed: ${error.name}`);
    return c.json({ error: { code: 'E_INTERNAL', message: 'internal error' } }, 500);
  });
  return { app, deps };
}
