import { randomUUID } from 'node:crypto';
import { isAbsolute, resolve, sep } from 'node:path';
import {
  createScan,
  type EvidenceRecorder,
  type EvidenceStore,
  evidenceRecorder,
  isDatabaseUrl,
  maskDatabaseUrl,
  withoutMaskedPassword,
  type ScanFinding,
  type ScanIssue,
  type ScanProgress,
  type ScanSummary,
} from '@piguard/scan';
import type { Kysely } from 'kysely';
import type { WorkbenchDatabase } from '../store/database-schema.js';
import { type JobEvidence, jobEvidence } from './job-evidence.js';
import type { UnitEvidence } from './unit-evidence.js';

/** Options of the scan jobs of one server. */
export interface ScanJobOptions {
  /** Folders whose files may be scanned; file targets elsewhere are refused (none: URLs only). */
  fileRoots: readonly string[];
  /** Key of the fingerprints; default the installation secret. */
  secret?: Uint8Array;
  /** Allow URLs on private and loopback addresses (a test site, an intranet). */
  allowPrivateUrls?: boolean;
  /** Most findings kept per scan (all are counted; the rest are not listed). */
  maxStoredFindings?: number;
  /** The evidence directories, one per unit: every job's captures, masked findings and failures go there. */
  evidence?: UnitEvidence;
}

/** A finished scan's summary as stored: the people count plus the issues met, and what went into the evidence. */
export interface StoredScanSummary extends ScanSummary {
  issueList: Pick<ScanIssue, 'source' | 'code' | 'severity'>[];
  evidence?: JobEvidence;
}

/** A target as the job record keeps and shows it: a database URL with its password masked. */
export function shownTarget(target: string): string {
  return isDatabaseUrl(target) ? maskDatabaseUrl(target) : target;
}

/** Why a target was refused before the job started. */
export function refusedTarget(target: string, roots: readonly string[]): string | undefined {
  if (/^https?:\/\//i.test(target)) return undefined;
  // A database server the investigator names is connected to read-only; a SQLite file must lie under a scan folder.
  if (/^(postgres|postgresql|mysql|mariadb):\/\//i.test(target)) return undefined;
  const sqlite = /^sqlite:(?:\/\/)?/i.exec(target);
  const path = sqlite ? decodeURIComponent(target.slice(sqlite[0].length).replace(/[?#].*$/, '')) : target;
  if (!sqlite && /^[a-z][a-z0-9+.-]*:\/\//i.test(target))
    return 'only http(s) URLs, database URLs and files under the configured scan folders';
  if (!isAbsolute(path)) return sqlite ? 'a sqlite: target must name an absolute path' : 'a file target must be an absolute path';
  const full = resolve(path);
  if (!roots.some((root) => full === resolve(root) || full.startsWith(resolve(root) + sep))) return 'not under a configured scan folder';
  return undefined;
}

/**
 * Runs scans in the background of this process: progress goes to the store as it happens (at most every
 * 500 ms), masked findings and the summary when done. A failed source is an issue of the job, never its end.
 */
export class ScanJobRunner {
  private readonly running = new Map<string, { promise: Promise<void>; abort: AbortController }>();
  private readonly db: Kysely<WorkbenchDatabase>;
  private readonly options: ScanJobOptions;
  // Database URLs with their passwords, by their masked form, for re-scans of this server's life: kept in
  // memory only, never in the store. After a restart a masked URL is tried without its password.
  private readonly credentials = new Map<string, string>();

  constructor(db: Kysely<WorkbenchDatabase>, options: ScanJobOptions) {
    this.db = db;
    this.options = options;
  }

  /**
   * Starts the job of a scan row that is already stored with status `queued`; `then` runs after the job has
   * stored its result (a rectification check compares it), and the job counts as settled after it.
   */
  start(scanId: string, targets: readonly string[], then?: () => Promise<void>): void {
    const abort = new AbortController();
    for (const t of targets) if (shownTarget(t) !== t) this.credentials.set(shownTarget(t), t);
    const usable = targets.map((t) => this.credentials.get(t) ?? (isDatabaseUrl(t) ? (withoutMaskedPassword(t) ?? t) : t));
    const promise = this.run(scanId, usable, abort.signal)
      .then(() => then?.())
      .catch(() => undefined)
      .finally(() => this.running.delete(scanId));
    this.running.set(scanId, { promise, abort });
  }

  /** Resolves when the job has finished (tests, shutdown). */
  async settled(scanId: string): Promise<void> {
    await this.running.get(scanId)?.promise;
  }

  /** Stops every running job and waits for them. */
  async close(): Promise<void> {
    for (const job of this.running.values()) job.abort.abort();
    await Promise.all([...this.running.values()].map((j) => j.promise));
  }

  private async run(scanId: string, targets: readonly string[], signal: AbortSignal): Promise<void> {
    const findings: ScanFinding[] = [];
    const issues: ScanIssue[] = [];
    let progress: ScanProgress = { files: 0, bytes: 0, findings: 0 };
    let lastWrite = 0;
    let writing: Promise<unknown> = Promise.resolve();
    const max = this.options.maxStoredFindings ?? 10_000;
    try {
      await this.db.updateTable('scans').set({ status: 'running' }).where('id', '=', scanId).execute();
      const evidence = await this.evidenceFor(scanId);
      const recorder: EvidenceRecorder | undefined = evidence.store ? evidenceRecorder(evidence.store) : undefined;
      const scan = createScan({
        workers: 0,
        ...(this.options.secret ? { secret: this.options.secret } : {}),
        web: {
          ...(this.options.allowPrivateUrls ? { allowPrivate: true } : {}),
          ...(evidence.store ? { capture: evidence.store.capture } : {}),
        },
        ...(evidence.store ? { database: { capture: evidence.store.captureTable } } : {}),
      });
      const summary = await scan.run(
        targets,
        {
          finding: (f) => {
            recorder?.finding(f);
            if (findings.length < max) findings.push(f);
          },
          issue: (i) => {
            recorder?.issue(i);
            issues.push(i);
          },
          progress: (p) => {
            progress = { ...p };
            const now = Date.now();
            if (now - lastWrite >= 500) {
              lastWrite = now;
              writing = writing
                .then(() =>
                  this.db
                    .updateTable('scans')
                    .set({ progress: JSON.stringify(progress) })
                    .where('id', '=', scanId)
                    .execute(),
                )
                .catch(() => undefined);
            }
          },
        },
        signal,
      );
      await writing;
      await recorder?.flush();
      await this.store(scanId, findings);
      const stored: StoredScanSummary = {
        ...summary,
        issueList: issues.map((i) => ({ source: i.source, code: i.code, severity: i.severity })),
        ...(evidence.store ? { evidence: jobEvidence(evidence.store) } : evidence.error ? { evidence: { error: evidence.error } } : {}),
      };
      await this.db
        .updateTable('scans')
        .set({
          status: signal.aborted ? 'cancelled' : 'done',
          progress: JSON.stringify({ ...progress, files: summary.files, bytes: summary.bytes, findings: summary.findings }),
          summary: JSON.stringify(stored),
          finished_at: new Date().toISOString(),
        })
        .where('id', '=', scanId)
        .execute();
    } catch (error) {
      // The message names the failure kind only; scan errors carry no values (DESIGN.md), but stay safe.
      const code = error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'E_SCAN_FAILED';
      await this.db
        .updateTable('scans')
        .set({ status: 'failed', summary: JSON.stringify({ error: code }), finished_at: new Date().toISOString() })
        .where('id', '=', scanId)
        .execute();
    }
  }

  /** The unit's evidence store, written in the name of the user who started the scan. */
  private async evidenceFor(scanId: string): Promise<{ store?: EvidenceStore; error?: string }> {
    if (!this.options.evidence) return {};
    const row = await this.db
      .selectFrom('scans')
      .innerJoin('users', 'users.id', 'scans.created_by')
      .select(['scans.unit_id', 'users.username', 'users.display_name'])
      .where('scans.id', '=', scanId)
      .executeTakeFirstOrThrow();
    try {
      const store = await this.options.evidence.store(row.unit_id);
      return { store: store.as(`${row.display_name} (${row.username})`) };
    } catch (error) {
      // A broken chain takes no more entries; the scan still runs, and its summary says why nothing was kept.
      return { error: error instanceof Error && 'code' in error ? String((error as { code: unknown }).code) : 'E_EVIDENCE' };
    }
  }

  private async store(scanId: string, findings: readonly ScanFinding[]): Promise<void> {
    for (let i = 0; i < findings.length; i += 200) {
      const rows = findings.slice(i, i + 200).map((f) => ({
        id: randomUUID(),
        scan_id: scanId,
        pi_type: f.piType,
        // Never the raw value: the masked preview and the keyed fingerprint only.
        masked: f.masked,
        fingerprint: f.fingerprint ?? '',
        location: locationOf(f),
        score: f.score,
      }));
      await this.db.insertInto('scan_findings').values(rows).execute();
    }
  }
}

function locationOf(f: ScanFinding): string {
  if (f.cell) return `${f.source} ${JSON.stringify(f.cell)}`;
  return f.line !== undefined ? `${f.source}:${f.line}:${f.column ?? 0}` : f.source;
}
