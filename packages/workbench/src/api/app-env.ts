import type { IncomingMessage } from 'node:http';
import type { ScryptCost } from '../auth/password-hash.js';
import type { LoginLimiter } from '../auth/login-limiter.js';
import type { Session } from '../auth/session-store.js';
import type { ScanJobOptions, ScanJobRunner } from '../scans/scan-job-runner.js';
import type { AuditLog } from '../store/audit-log.js';
import type { Store } from '../store/open-store.js';

/** Where uploaded files are kept and the largest accepted. */
export interface UploadLimits {
  dir: string;
  maxBytes: number;
}

/** What the API's handlers work with. */
export interface AppDeps {
  store: Store;
  audit: AuditLog;
  limiter: LoginLimiter;
  clock: () => Date;
  /** Mark cookies Secure (default true; browsers accept Secure cookies from http://127.0.0.1 and localhost). */
  secureCookies: boolean;
  /** Largest JSON body accepted, in bytes. */
  maxBodyBytes: number;
  jobs: ScanJobRunner;
  /** Where uploads go and how large one may be; undefined: uploads are off. */
  uploads?: UploadLimits;
  scanOptions: ScanJobOptions;
  /** scrypt cost for new passwords (tests lower it). */
  scryptCost?: ScryptCost;
}

/** Hono's environment: the Node request (for the client address) and the session found for the request. */
export interface AppEnv {
  Bindings: { incoming?: IncomingMessage };
  Variables: { session: Session | undefined };
}
