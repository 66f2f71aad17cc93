import type { EvidenceStore } from '@piguard/scan';

/** A capture a job stored, as its scan record lists it (masked source, no bytes). */
export interface JobCapture {
  seq: number;
  kind: string;
  source: string;
  sha256: string;
  size: number;
  time: string;
  status?: number;
  rows?: number;
}

/** What one job put into its unit's evidence chain. */
export interface JobEvidence {
  captures?: JobCapture[];
  /** Captures beyond the listed ones (long crawls). */
  moreCaptures?: number;
  findingsEntries?: number;
  notes?: number;
  /** Why nothing was kept (the unit's chain is broken). */
  error?: string;
}

/** Captures listed per scan record at most; the evidence log has them all. */
const LISTED = 500;

/** Reads the entries a job's view of the evidence store wrote, for the scan record and the API. */
export function jobEvidence(store: EvidenceStore): JobEvidence {
  const written = store.written();
  const captures: JobCapture[] = [];
  let more = 0;
  for (const e of written) {
    if (e.type !== 'capture') continue;
    if (captures.length >= LISTED) {
      more++;
      continue;
    }
    captures.push({
      seq: e.seq,
      kind: e.kind,
      source: e.source,
      sha256: e.sha256,
      size: e.size,
      time: e.time,
      ...(e.status !== undefined ? { status: e.status } : {}),
      ...(e.rows !== undefined ? { rows: e.rows } : {}),
    });
  }
  return {
    captures,
    ...(more > 0 ? { moreCaptures: more } : {}),
    findingsEntries: written.filter((e) => e.type === 'findings').length,
    notes: written.filter((e) => e.type === 'note').length,
  };
}
