import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type EvidenceEntry, entryHash, GENESIS, sha256Hex } from './evidence-entry.js';
import { CAPTURES_DIR, HEAD_FILE, readLogLines } from './evidence-log.js';

/** One thing wrong with an evidence directory, located by log line (1-based) and entry number. */
export interface EvidenceProblem {
  kind: 'unreadable' | 'altered' | 'removed' | 'reordered' | 'capture-missing' | 'capture-altered' | 'truncated' | 'unlogged-capture';
  /** Line of log.jsonl (1-based), where the problem is in the log. */
  line?: number;
  /** Entry number (seq) concerned. */
  seq?: number;
  message: string;
}

/** The verdict of `piguard verify`. */
export interface EvidenceVerdict {
  ok: boolean;
  entries: number;
  captures: number;
  /** Hash of the last entry: write it down or timestamp it elsewhere to anchor the whole chain. */
  lastHash?: string;
  /** Problems in log order; the first is the first entry that was altered, removed or reordered. */
  problems: EvidenceProblem[];
}

/**
 * Checks an evidence directory: every log line an entry, numbered in order, each hashing to its `hash` and
 * carrying the previous entry's hash; `head.json` agreeing with the last entry (so removed trailing entries
 * show); every capture file present with the SHA-256 its name and entry state. Names the first problem.
 */
export async function verifyEvidence(dir: string): Promise<EvidenceVerdict> {
  const problems: EvidenceProblem[] = [];
  let lines: string[];
  try {
    lines = await readLogLines(dir);
  } catch (error) {
    return {
      ok: false,
      entries: 0,
      captures: 0,
      problems: [{ kind: 'unreadable', message: `no readable log: ${(error as Error).message}` }],
    };
  }
  let prev = GENESIS;
  let expectedSeq = 0;
  const entries: EvidenceEntry[] = [];
  // Sequence numbers present anywhere, to tell an entry moved elsewhere (reordered) from one deleted.
  const present = new Set<number>();
  for (const line of lines) {
    const seq = /"seq":(\d+)/.exec(line)?.[1];
    if (seq !== undefined) present.add(Number(seq));
  }
  for (const [i, line] of lines.entries()) {
    const at = { line: i + 1 };
    let entry: EvidenceEntry;
    try {
      entry = JSON.parse(line) as EvidenceEntry;
    } catch {
      problems.push({
        kind: 'altered',
        ...at,
        seq: expectedSeq,
        message: `line ${i + 1} is not a JSON entry (entry ${expectedSeq} altered)`,
      });
      expectedSeq++;
      prev = '';
      continue;
    }
    const selfOk = typeof entry.hash === 'string' && entryHash(entry) === entry.hash;
    if (!selfOk) {
      problems.push({
        kind: 'altered',
        ...at,
        seq: entry.seq,
        message: `entry ${entry.seq} (line ${i + 1}) was altered: its content no longer matches its hash`,
      });
    } else if (entry.seq !== expectedSeq) {
      const kind = entry.seq > expectedSeq && !present.has(expectedSeq) ? 'removed' : 'reordered';
      const what =
        kind === 'removed'
          ? `entries ${expectedSeq}..${entry.seq - 1} were removed before line ${i + 1}`
          : `entry ${entry.seq} appears at line ${i + 1} where entry ${expectedSeq} belongs: entries reordered`;
      problems.push({ kind, ...at, seq: expectedSeq, message: what });
    } else if (entry.prev !== prev && prev !== '') {
      problems.push({
        kind: 'reordered',
        ...at,
        seq: entry.seq,
        message: `entry ${entry.seq} (line ${i + 1}) does not follow the entry before it (chain broken)`,
      });
    }
    entries.push(entry);
    expectedSeq = typeof entry.seq === 'number' ? Math.max(expectedSeq, entry.seq) + 1 : expectedSeq + 1;
    prev = typeof entry.hash === 'string' ? entry.hash : '';
  }
  try {
    const head = JSON.parse(await readFile(join(dir, HEAD_FILE), 'utf8')) as { entries?: number; lastHash?: string };
    if (head.entries !== lines.length || head.lastHash !== entries.at(-1)?.hash) {
      const seq = Math.min(lines.length, head.entries ?? lines.length);
      problems.push({
        kind: 'truncated',
        seq,
        message: `head.json records ${head.entries} entries ending in ${String(head.lastHash).slice(0, 12)}…; the log has ${lines.length}: entries at its end were removed or altered`,
      });
    }
  } catch {
    problems.push({ kind: 'truncated', message: 'head.json is missing or unreadable' });
  }
  const referenced = new Set<string>();
  for (const entry of entries) {
    if (entry.type !== 'capture') continue;
    referenced.add(entry.sha256);
    let bytes: Buffer;
    try {
      bytes = await readFile(join(dir, CAPTURES_DIR, entry.sha256));
    } catch {
      problems.push({
        kind: 'capture-missing',
        seq: entry.seq,
        message: `the capture of entry ${entry.seq} (${entry.source}) was removed: captures/${entry.sha256}`,
      });
      continue;
    }
    if (sha256Hex(bytes) !== entry.sha256)
      problems.push({
        kind: 'capture-altered',
        seq: entry.seq,
        message: `the capture of entry ${entry.seq} (${entry.source}) was altered: captures/${entry.sha256}`,
      });
  }
  let files: string[] = [];
  try {
    files = await readdir(join(dir, CAPTURES_DIR));
  } catch {
    // No captures folder: every capture entry was already reported missing.
  }
  for (const f of files) if (!referenced.has(f)) problems.push({ kind: 'unlogged-capture', message: `captures/${f} is in no log entry` });
  problems.sort((a, b) => (a.seq ?? Number.MAX_SAFE_INTEGER) - (b.seq ?? Number.MAX_SAFE_INTEGER));
  const lastHash = entries.at(-1)?.hash;
  return { ok: problems.length === 0, entries: lines.length, captures: referenced.size, ...(lastHash ? { lastHash } : {}), problems };
}
