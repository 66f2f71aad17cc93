import { randomUUID } from 'node:crypto';
import { isAbsolute, resolve, sep } from 'node:path';
import { createScan, type ScanFinding, type ScanIssue, type ScanProgress, type ScanSummary } from '@piguard/scan';
import type { Kysely } from 'kysely';
import type { WorkbenchDatabase } from '../store/database-schema.js';

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
}

/** A finished scan's summary as stored: the people count plus the issues met. */
export interface StoredScanSummary extends ScanSummary {
  issueList: Pick<ScanIssue, 'source' | 'code' | 'severity'>[];
}

/** Why a target was refused before the job started. */
export function refusedTarget(target: string, roots: readonly string[]): string | undefined {
  if (/^https?:\/\//i.test(target)) return undefined;
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) return 'only http(s) URLs and files under the configured scan folders';
  if (!isAbsolute(target)) return 'a file target must be an absolute path';
  const full = resolve(target);
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
    const promise = this.run(scanId, targets, abort.signal)
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
      const scan = createScan({
        workers: 0,
        ...(this.options.secret ? { secret: this.options.secret } : {}),
        ...(this.options.allowPrivateUrls ? { web: { allowPrivate: true } } : {}),
      });
      const summary = await scan.run(
        targets,
        {
          finding: (f) => {
            if (findings.length < max) findings.push(f);
          },
          issue: (i) => issues.push(i),
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
      await this.store(scanId, findings);
      const stored: StoredScanSummary = {
        ...summary,
        issueList: issues.map((i) => ({ source: i.source, code: i.code, severity: i.severity })),
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
