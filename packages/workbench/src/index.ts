/** @piguard/workbench — the store, HTTP API and web UI of investigators and compliance teams (issue 7). */
export const WORKBENCH_API_VERSION = 1;
export { openStore } from './store/open-store.js';
export type { Store, StoreOptions } from './store/open-store.js';
export { AuditLog, auditEntryHash } from './store/audit-log.js';
export type { AuditInput, AuditVerification } from './store/audit-log.js';
export { ROLES } from './store/database-schema.js';
export type { Role, WorkbenchDatabase } from './store/database-schema.js';
export { API_ROUTES, createApp } from './api/create-app.js';
export type { AppOptions } from './api/create-app.js';
export { DEFAULT_PORT, startWorkbench } from './server/start-workbench.js';
export type { RunningWorkbench, WorkbenchServerOptions } from './server/start-workbench.js';
export { defaultDataDir } from './server/data-dir.js';
