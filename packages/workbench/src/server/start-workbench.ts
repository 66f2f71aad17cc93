import type { AddressInfo } from 'node:net';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { loadInstallationSecret } from '@piguard/scan';
import { createApp } from '../api/create-app.js';
import { UnitEvidence } from '../scans/unit-evidence.js';
import { openStore, type Store } from '../store/open-store.js';
import { type BootstrapResult, bootstrapAdmin } from './bootstrap-admin.js';
import { defaultDataDir } from './data-dir.js';
import { mountStaticUi } from './static-ui.js';

/** Options of `piguard serve`. */
export interface WorkbenchServerOptions {
  port?: number;
  /** Address to listen on; loopback by default (put a TLS proxy in front to serve others). */
  host?: string;
  dataDir?: string;
  /** PostgreSQL URL; default PIGUARD_DATABASE_URL, else SQLite in the data directory. */
  databaseUrl?: string;
  env?: NodeJS.ProcessEnv;
  /** Folders whose files may be scanned; default PIGUARD_SCAN_ROOTS (separated like PATH), else none. */
  scanRoots?: readonly string[];
  /** Let scans reach private and loopback addresses; default PIGUARD_ALLOW_PRIVATE_URLS=1. */
  allowPrivateUrls?: boolean;
  /** The built UI; default the package's dist/ui. */
  uiDir?: string;
}

/** A running workbench. */
export interface RunningWorkbench {
  url: string;
  dataDir: string;
  store: Store;
  /** Set on the first run only: the admin account and its one-time password. */
  firstRun: BootstrapResult | undefined;
  close(): Promise<void>;
}

/** The default port of `piguard serve`. */
export const DEFAULT_PORT = 7117;

/** Opens the store (migrating it), creates the first admin on an empty store, and starts the HTTP server. */
export async function startWorkbench(options: WorkbenchServerOptions = {}): Promise<RunningWorkbench> {
  const env = options.env ?? process.env;
  const dataDir = options.dataDir ?? defaultDataDir(env);
  const databaseUrl = options.databaseUrl ?? env.PIGUARD_DATABASE_URL;
  const store = await openStore(databaseUrl ? { databaseUrl } : { dataDir });
  const scanRoots = options.scanRoots ?? (env.PIGUARD_SCAN_ROOTS ?? '').split(delimiter).filter(Boolean);
  const allowPrivateUrls = options.allowPrivateUrls ?? env.PIGUARD_ALLOW_PRIVATE_URLS === '1';
  // The fingerprint key of scans: PIGUARD_SECRET or the installation's key file, as for `piguard scan`.
  const secret = await loadInstallationSecret(env);
  const maxUploadMb = Number(env.PIGUARD_MAX_UPLOAD_MB ?? '100');
  const uploads = {
    dir: join(dataDir, 'uploads'),
    maxBytes: (Number.isFinite(maxUploadMb) && maxUploadMb > 0 ? maxUploadMb : 100) * 1024 * 1024,
  };
  // Scans write their captures into the evidence chains under the data directory, one per unit.
  const evidence = new UnitEvidence(join(dataDir, 'evidence'));
  const { app, deps } = createApp({ store, scans: { fileRoots: scanRoots, allowPrivateUrls, secret, evidence }, uploads });
  const firstRun = await bootstrapAdmin(store, deps.audit);
  // Jobs die with the process that ran them: say so instead of showing them running forever.
  await store.db
    .updateTable('scans')
    .set({ status: 'interrupted', finished_at: new Date().toISOString() })
    .where('status', 'in', ['queued', 'running'])
    .execute();
  const uiDir = options.uiDir ?? fileURLToPath(new URL('../../dist/ui', import.meta.url));
  mountStaticUi(app, uiDir);
  const host = options.host ?? '127.0.0.1';
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port ?? DEFAULT_PORT, hostname: host }, () => resolve(s));
    s.once('error', reject);
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shownHost}:${port}`,
    dataDir,
    store,
    firstRun,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await deps.jobs.close();
      await store.close();
    },
  };
}
