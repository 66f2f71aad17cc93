import { createScan } from '../scan/create-scan.js';
import type { ScanOptions } from '../scan/scan-options.js';
import type { ScanIssue } from '../scan-issue.js';
import type { FindingsEntry } from './evidence-entry.js';
import { peopleIn } from './evidence-finding.js';
import { evidenceRecorder } from './evidence-recorder.js';
import { type EvidenceStoreOptions, openEvidenceStore } from './evidence-store.js';
import { isTableSource, recheckDatabases } from './recheck-databases.js';

/** How an exposure stands on a second look. */
export type RecheckStatus = 'gone' | 'reduced' | 'still-there' | 'unreachable';

/** Counts of one look at a source. */
export interface ExposureCount {
  findings: number;
  /** Findings shown whole (not masked). */
  exposed: number;
  people: number;
}

/** The recheck verdict for one source. */
export interface RecheckResult {
  source: string;
  status: RecheckStatus;
  before: ExposureCount;
  now: ExposureCount;
  /** Why a source counts as gone or unreachable (HTTP 404, refused...). */
  reason?: string;
}

const count = (e: Pick<FindingsEntry, 'findings'> | undefined): ExposureCount => ({
  findings: e?.findings.length ?? 0,
  exposed: e?.findings.filter((f) => f.state === 'exposed').length ?? 0,
  people: e ? peopleIn(e.findings) : 0,
});

function verdict(before: ExposureCount, now: ExposureCount): RecheckStatus {
  if (now.findings === 0) return 'gone';
  if (now.exposed < before.exposed || now.findings < before.findings) return 'reduced';
  return 'still-there';
}

/** What a recheck needs besides the scan options. */
export interface RecheckOptions {
  /**
   * Database URLs with their credentials: the evidence keeps only masked URLs, so a table of a database that
   * needs a password is re-read through the URL given here whose masked form matches.
   */
  databaseUrls?: readonly string[];
}

/** Standard input was read once; what it held then is in the capture, but it cannot be fetched again. */
const STDIN_AGAIN = {
  code: 'E_UNSUPPORTED',
  message: 'standard input cannot be read again: scan the new input with --evidence into the same directory',
} as const;

/**
 * Fetches (or reads) again every source that had findings in an evidence directory, stores the new
 * captures and findings in the same chain, and says per source whether the exposure is gone, reduced
 * (fewer findings, or now masked) or still there. A source that cannot be reached is "unreachable", not
 * gone, unless the server says it is (404, 410). Database tables are read again with the same sample (a
 * dropped table counts as gone); standard input cannot be read again and is reported unreachable.
 */
export async function recheckEvidence(
  dir: string,
  scanOptions: ScanOptions = {},
  storeOptions: EvidenceStoreOptions = {},
  recheckOptions: RecheckOptions = {},
): Promise<RecheckResult[]> {
  const store = await openEvidenceStore(dir, storeOptions);
  const last = new Map<string, FindingsEntry>();
  for (const e of store.entries()) if (e.type === 'findings') last.set(e.source, e);
  const sources = [...last.keys()].filter((s) => (last.get(s)?.findings.length ?? 0) > 0);
  if (sources.length === 0) return [];
  const recorder = evidenceRecorder(store);
  const issues = new Map<string, Pick<ScanIssue, 'code' | 'message'>>();
  const stdin = sources.filter((s) => s === '-' || s.startsWith('-!/'));
  for (const s of stdin) issues.set(s, STDIN_AGAIN);
  const tables = sources.filter(isTableSource);
  const others = sources.filter((s) => !isTableSource(s) && !stdin.includes(s));
  if (others.length > 0) {
    const scan = createScan({
      workers: 0,
      ...scanOptions,
      web: { ...scanOptions.web, crawl: false, attachments: false, capture: store.capture },
    });
    await scan.run(others, {
      finding: (f) => recorder.finding(f),
      issue: (i) => {
        if (i.severity === 'error' && !issues.has(i.source)) issues.set(i.source, i);
      },
    });
  }
  if (tables.length > 0)
    for (const [source, issue] of await recheckDatabases(tables, store, recorder, scanOptions, recheckOptions.databaseUrls ?? []))
      issues.set(source, issue);
  const now = new Map((await recorder.flush()).map((e) => [e.source, e]));
  const results: RecheckResult[] = [];
  for (const source of sources) {
    const before = count(last.get(source));
    const issue = issues.get(source);
    let found = now.get(source);
    if (!found && !issue) {
      // Captured and read, nothing found: logged as an empty findings entry, the record of "gone".
      const capture = store.latestCapture(source);
      found = await store.addFindings({ source, ...(capture ? { capture: capture.sha256 } : {}), findings: [], people: 0 });
    }
    if (issue && !found) {
      await store.addNote({ source, code: issue.code, message: issue.message });
      const gone = issue.code === 'E_NOT_FOUND';
      results.push({ source, status: gone ? 'gone' : 'unreachable', before, now: count(undefined), reason: issue.message });
      continue;
    }
    const after = count(found);
    results.push({ source, status: verdict(before, after), before, now: after });
  }
  return results;
}
