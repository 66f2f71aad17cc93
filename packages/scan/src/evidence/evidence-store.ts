import { randomUUID } from 'node:crypto';
import { access, mkdir, open, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { PiguardError } from '@piguard/core';
import type { TableSampleSink } from '../sources/database/table-sample.js';
import type { CaptureSink, WebCapture } from '../sources/web/web-options.js';
import {
  type CaptureEntry,
  type EvidenceEntry,
  entryHash,
  type FindingsEntry,
  GENESIS,
  type NoteEntry,
  sha256Hex,
} from './evidence-entry.js';
import { LOG_FILE, HEAD_FILE, CAPTURES_DIR, readEvidenceLog } from './evidence-log.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** Who and what writes the evidence. */
export interface EvidenceStoreOptions {
  /** The person responsible for the capture (`--operator`); default the OS user. */
  operator?: string;
  /** Tool and version written into each entry; default `piguard/<scan package version>`. */
  tool?: string;
  /** The clock; default the system clock. */
  clock?: () => Date;
  /** Names the clock in each entry. */
  clockSource?: string;
  /**
   * Keep every entry in memory for `entries()` (default true). A long-running server sets false: the store then
   * holds only the count and the last hash, `entries()` is empty, and each view's `written()` keeps its own.
   */
  keepEntries?: boolean;
}

type Fields<T extends EvidenceEntry> = Omit<T, 'seq' | 'prev' | 'time' | 'clock' | 'tool' | 'operator' | 'hash' | 'type'>;

/** An evidence directory open for appending. */
export interface EvidenceStore {
  readonly dir: string;
  /** Stores bytes under their SHA-256 and logs the capture. */
  addCapture(bytes: Uint8Array, fields: Omit<Fields<CaptureEntry>, 'sha256' | 'size'>): Promise<CaptureEntry>;
  addFindings(fields: Fields<FindingsEntry>): Promise<FindingsEntry>;
  addNote(fields: Fields<NoteEntry>): Promise<NoteEntry>;
  /** The web source's capture hook: stores every page, attachment and screenshot as it is fetched. */
  readonly capture: CaptureSink;
  /** The database source's capture hook: stores each table's sample as it was read. */
  readonly captureTable: TableSampleSink;
  /** The latest capture entry stored for a source through this view, for tying findings to it. */
  latestCapture(source: string): CaptureEntry | undefined;
  entries(): readonly EvidenceEntry[];
  /** The entries appended through this view (one job's captures, findings and notes). */
  written(): readonly EvidenceEntry[];
  /**
   * The same chain written in another operator's name, with its own latest captures: a server that runs
   * several people's scans keeps one store per directory (one writer) and gives each job a view.
   */
  as(operator: string): EvidenceStore;
}

/** The log's entries, checked link by link; throws E_EVIDENCE_BROKEN at the first that does not chain. */
async function readChain(dir: string): Promise<{ entries: EvidenceEntry[]; lastHash: string }> {
  const entries: EvidenceEntry[] = (await exists(join(dir, LOG_FILE))) ? await readEvidenceLog(dir) : [];
  let lastHash = GENESIS;
  for (const [i, entry] of entries.entries()) {
    if (entry.seq !== i || entry.prev !== lastHash || entryHash(entry) !== entry.hash)
      throw new PiguardError('E_EVIDENCE_BROKEN', `the evidence log in ${dir} is broken at entry ${i}; run piguard verify`);
    lastHash = entry.hash;
  }
  return { entries, lastHash };
}

/** Whether head.json still says what this store last wrote (no head yet: only before the first entry). */
async function headIs(dir: string, count: number, lastHash: string): Promise<boolean> {
  try {
    const head = JSON.parse(await readFile(join(dir, HEAD_FILE), 'utf8')) as { entries?: number; lastHash?: string };
    return head.entries === count && head.lastHash === lastHash;
  } catch {
    return count === 0;
  }
}

function defaultOperator(): string {
  try {
    return userInfo().username;
  } catch {
    return process.env.USER ?? 'unknown';
  }
}

const exists = (path: string): Promise<boolean> =>
  access(path).then(
    () => true,
    () => false,
  );

/**
 * Opens (or creates) an evidence directory: `captures/<sha256>` files, an append-only `log.jsonl` whose
 * entries each carry the hash of the one before, and `head.json` with the count and last hash (so removing
 * the last entries is noticed too). An existing log is checked first: nothing is appended to a broken chain.
 */
export async function openEvidenceStore(dir: string, options: EvidenceStoreOptions = {}): Promise<EvidenceStore> {
  await mkdir(join(dir, CAPTURES_DIR), { recursive: true });
  const keep = options.keepEntries ?? true;
  let { entries: log, lastHash: prev } = await readChain(dir);
  let count = log.length;
  if (!keep) log = [];
  const tool = options.tool ?? `piguard/${version}`;
  const clock = options.clock ?? (() => new Date());
  const clockSource = options.clockSource ?? 'system clock (operating system time, UTC)';
  let chain: Promise<unknown> = Promise.resolve();

  // One append at a time, in call order, whichever view calls: each entry needs the hash of the one before.
  function append<T extends EvidenceEntry>(type: T['type'], fields: object, operator: string): Promise<T> {
    const next = chain.then(async () => {
      // Another process (`piguard recheck` on a server's directory) may have appended since: continue its chain.
      if (!(await headIs(dir, count, prev))) {
        const now = await readChain(dir);
        count = now.entries.length;
        prev = now.lastHash;
        if (keep) log = now.entries;
      }
      const body = {
        type,
        ...fields,
        seq: count,
        prev,
        time: clock().toISOString(),
        clock: clockSource,
        tool,
        operator,
      } as unknown as T;
      const entry = { ...body, hash: entryHash(body) } as T;
      const handle = await open(join(dir, LOG_FILE), 'a');
      try {
        await handle.write(`${JSON.stringify(entry)}\n`);
        await handle.datasync();
      } finally {
        await handle.close();
      }
      if (keep) log.push(entry);
      count++;
      prev = entry.hash;
      const headTmp = join(dir, `${HEAD_FILE}.tmp`);
      await writeFile(headTmp, `${JSON.stringify({ entries: count, lastHash: prev }, null, 2)}\n`);
      await rename(headTmp, join(dir, HEAD_FILE));
      return entry;
    });
    chain = next.catch(() => undefined);
    return next;
  }

  function view(operator: string): EvidenceStore {
    const latest = new Map<string, CaptureEntry>();
    const own: EvidenceEntry[] = [];
    const add = async <T extends EvidenceEntry>(type: T['type'], fields: object): Promise<T> => {
      const entry = await append<T>(type, fields, operator);
      own.push(entry);
      return entry;
    };
    async function addCapture(bytes: Uint8Array, fields: Omit<Fields<CaptureEntry>, 'sha256' | 'size'>): Promise<CaptureEntry> {
      const sha256 = sha256Hex(bytes);
      const path = join(dir, CAPTURES_DIR, sha256);
      if (!(await exists(path))) {
        // Unique per write: two jobs of one server may store the same bytes at the same time.
        const tmp = `${path}.tmp-${process.pid}-${randomUUID()}`;
        await writeFile(tmp, bytes);
        await rename(tmp, path);
      }
      const entry = await add<CaptureEntry>('capture', { ...fields, sha256, size: bytes.length });
      if (entry.kind !== 'screenshot' && entry.kind !== 'rendered-page') latest.set(entry.source, entry);
      return entry;
    }

    const capture: CaptureSink = async (c: WebCapture) => {
      const r = c.response;
      await addCapture(r.body, {
        kind: c.kind,
        source: c.source,
        method: 'GET',
        status: r.status,
        headers: r.headers,
        finalUrl: r.finalUrl,
        ...(r.redirects.length > 0 ? { redirects: r.redirects } : {}),
        ...(r.remoteAddress ? { remoteAddress: r.remoteAddress } : {}),
        ...(c.contentType ? { contentType: c.contentType } : {}),
        ...(c.charset ? { charset: `${c.charset.encoding} (${c.charset.via})` } : {}),
        ...(r.truncated ? { truncated: true } : {}),
      });
    };

    const captureTable: TableSampleSink = async (t) => {
      await addCapture(t.bytes, {
        kind: 'database-sample',
        source: t.source,
        method: t.method,
        contentType: 'application/x-ndjson; charset=utf-8',
        rows: t.rows,
        ...(t.truncated ? { truncated: true } : {}),
      });
    };

    return {
      dir,
      addCapture,
      addFindings: (fields) => add<FindingsEntry>('findings', fields),
      addNote: (fields) => add<NoteEntry>('note', fields),
      capture,
      captureTable,
      latestCapture: (source) => latest.get(source),
      entries: () => log,
      written: () => own,
      as: view,
    };
  }
  return view(options.operator ?? defaultOperator());
}
