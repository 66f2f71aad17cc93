import type { Selectable } from 'kysely';
import type { SessionUser } from '../auth/session-store.js';
import type { ScanTable } from '../store/database-schema.js';
import type { AppDeps } from './app-env.js';

/** A scan job to start: its record, what the job reads, and the audit entry that says who started it and why. */
export interface ScanJobStart {
  id: string;
  kind: string;
  /** What the record keeps and the API shows (a database URL with its password masked). */
  shownTargets: readonly string[];
  /** What the job reads. */
  targets: readonly string[];
  audit: { action: string; targetType: string; targetId: string; detail: Record<string, unknown> };
  /** Run when the job has ended (a rectification check adds its verdict). */
  then?: () => Promise<void>;
}

/**
 * Records a queued scan of the user's unit, audits its start and hands it to the job runner: one way in for
 * a scan, an upload and a rectification re-scan, so that each is recorded and audited alike.
 */
export async function startScanJob(deps: AppDeps, user: SessionUser, job: ScanJobStart): Promise<Selectable<ScanTable>> {
  const row: Selectable<ScanTable> = {
    id: job.id,
    unit_id: user.unitId,
    kind: job.kind,
    targets: JSON.stringify(job.shownTargets),
    status: 'queued',
    progress: JSON.stringify({ files: 0, bytes: 0, findings: 0 }),
    summary: null,
    created_by: user.id,
    created_at: deps.clock().toISOString(),
    finished_at: null,
  };
  await deps.store.db.insertInto('scans').values(row).execute();
  await deps.audit.append({ actorId: user.id, unitId: user.unitId, ...job.audit });
  deps.jobs.start(row.id, job.targets, job.then);
  return row;
}
