import { type MaskedCopy, type MaskedCopyStore, type MaskGroup, MemoryMaskedCopies, type NameShape } from '@piguard/core';
import type { Statement } from 'better-sqlite3';
import type { SpillFile } from './spill-file.js';

/**
 * Masked ID copies held in memory before the rest spills: with a whole name beside them they take about
 * 210 bytes each in core's store (the copy, its name shape and three strings), so about 28 MB. Past it each
 * copy costs two writes to the spill file, and each lookup of a spilled bucket an indexed query per group.
 */
export const MASKED_COPIES_IN_MEMORY = 131_072;

// 2^20 bits (128 KB): most lookups of a surname with nothing on disk are answered without a query.
const FILTER_BITS = 1 << 20;

function bucketBit(bucket: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bucket.length; i++) h = Math.imul(h ^ bucket.charCodeAt(i), 0x01000193);
  return (h >>> 0) & (FILTER_BITS - 1);
}

interface CopyRow {
  pattern: string;
  named: number;
  length: number | null;
  full: string | null;
  masked: string | null;
  node: number;
}

/** A group with copies on disk: its newest `disk` copies are there, the older ones in `memory`. */
class SpilledGroup implements MaskGroup {
  readonly bucket: string;
  readonly mask: number;
  readonly memory: MaskGroup | undefined;
  readonly disk: number;
  constructor(bucket: string, mask: number, memory: MaskGroup | undefined, disk: number) {
    this.bucket = bucket;
    this.mask = mask;
    this.memory = memory;
    this.disk = disk;
  }
  get count(): number {
    return (this.memory?.count ?? 0) + this.disk;
  }
}

interface Sql {
  insert: Statement<[string, number, number, string, number, number | null, string | null, string | null, number]>;
  upsertGroup: Statement<[string, number, number]>;
  groups: Statement<[string], { mask: number; n: number }>;
  all: Statement<[string, number, string, string], CopyRow>;
  byFull: Statement<[string, number, string, string, string], CopyRow>;
}

/**
 * Core's MemoryMaskedCopies for the first `bound` copies and rows of the spill file for the rest. Memory
 * fills first and never takes a copy after that, so every copy on disk is newer than every copy in memory:
 * a group's newest copies are its disk rows (by sequence, descending) and then its memory copies, and the
 * groups of a bucket are its memory groups followed by those only on disk (by first sequence). The joiner
 * sees the same groups, counts and copies in the same order as with one store, so its joins are the same;
 * it reads a group's rows only when the comparison guard lets it compare them all. The file holds masked copies
 * as documents showed them and names' keyed fingerprints or masked forms, never a whole number; it is deleted
 * with the other people stores.
 */
export class SpillingMaskedCopies implements MaskedCopyStore {
  private readonly memory: MemoryMaskedCopies;
  private spilled = 0;
  private filter: Uint32Array | undefined;
  private sql: Sql | undefined;
  readonly dropped = 0;

  private readonly file: SpillFile;
  private readonly bound: number;

  constructor(file: SpillFile, bound: number) {
    this.file = file;
    this.bound = bound;
    this.memory = new MemoryMaskedCopies(bound);
  }

  get size(): number {
    return this.memory.size + this.spilled;
  }

  add(bucket: string, mask: number, copy: MaskedCopy): void {
    if (this.memory.size < this.bound) {
      this.memory.add(bucket, mask, copy);
      return;
    }
    const sql = this.disk();
    const seq = this.bound + this.spilled++;
    const name = copy.name;
    sql.insert.run(
      bucket,
      mask,
      seq,
      copy.pattern,
      name ? 1 : 0,
      name?.length ?? null,
      name?.full ?? null,
      name?.masked ?? null,
      copy.node,
    );
    sql.upsertGroup.run(bucket, mask, seq);
    this.file.wrote();
    const filter = (this.filter ??= new Uint32Array(FILTER_BITS >>> 5));
    const bit = bucketBit(bucket);
    filter[bit >>> 5] = (filter[bit >>> 5] as number) | (1 << (bit & 31));
  }

  groups(bucket: string): readonly MaskGroup[] {
    const held = this.memory.groups(bucket);
    if (!this.sql || !this.filter) return held;
    const bit = bucketBit(bucket);
    if (((this.filter[bit >>> 5] as number) & (1 << (bit & 31))) === 0) return held;
    const rows = this.sql.groups.all(bucket);
    if (rows.length === 0) return held;
    const disk = new Map<number, number>();
    for (const r of rows) disk.set(r.mask, r.n);
    const out: MaskGroup[] = held.map((g) => new SpilledGroup(bucket, g.mask, g, disk.get(g.mask) ?? 0));
    for (const r of rows) if (!this.memory.group(bucket, r.mask)) out.push(new SpilledGroup(bucket, r.mask, undefined, r.n));
    return out;
  }

  scan(group: MaskGroup, pattern: string, name: NameShape | undefined, visit: (copy: MaskedCopy) => boolean): void {
    if (!(group instanceof SpilledGroup)) {
      this.memory.scan(group, pattern, name, visit);
      return;
    }
    if (this.sql) {
      const { bucket, mask } = group;
      // Only rows with the same leading digits where both copies show them can join (a range of the pattern
      // index), and a whole name shown here agrees only with the same whole name or with a row that shows none.
      let shared = 0;
      while (shared < 17 && isDigit(pattern.charCodeAt(shared)) && mask & (1 << shared)) shared++;
      const from = pattern.slice(0, shared);
      const to = `${from}\x7f`;
      const rows =
        name?.full !== undefined
          ? this.sql.byFull.iterate(bucket, mask, from, to, name.full)
          : this.sql.all.iterate(bucket, mask, from, to);
      for (const row of rows) if (!visit(copyOf(bucket, row))) return;
    }
    if (group.memory) this.memory.scan(group.memory, pattern, name, visit);
  }

  private disk(): Sql {
    if (this.sql) return this.sql;
    const db = this.file.open(`
      CREATE TABLE masked_copies (bucket TEXT NOT NULL, mask INTEGER NOT NULL, seq INTEGER NOT NULL, pattern TEXT NOT NULL,
        named INTEGER NOT NULL, length INTEGER, full TEXT, masked TEXT, node INTEGER NOT NULL,
        PRIMARY KEY (bucket, mask, seq)) WITHOUT ROWID;
      CREATE INDEX masked_copies_pattern ON masked_copies (bucket, mask, pattern);
      CREATE TABLE masked_groups (bucket TEXT NOT NULL, mask INTEGER NOT NULL, first INTEGER NOT NULL, n INTEGER NOT NULL,
        PRIMARY KEY (bucket, mask)) WITHOUT ROWID;`);
    const columns = 'pattern, named, length, full, masked, node';
    this.sql = {
      insert: db.prepare(
        'INSERT INTO masked_copies (bucket, mask, seq, pattern, named, length, full, masked, node) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ),
      upsertGroup: db.prepare(
        'INSERT INTO masked_groups (bucket, mask, first, n) VALUES (?, ?, ?, 1) ON CONFLICT (bucket, mask) DO UPDATE SET n = n + 1',
      ),
      groups: db.prepare('SELECT mask, n FROM masked_groups WHERE bucket = ? ORDER BY first'),
      all: db.prepare(
        `SELECT seq, ${columns} FROM masked_copies INDEXED BY masked_copies_pattern WHERE bucket = ? AND mask = ? AND pattern >= ? AND pattern < ? ORDER BY seq DESC`,
      ),
      byFull: db.prepare(
        `SELECT seq, ${columns} FROM masked_copies INDEXED BY masked_copies_pattern WHERE bucket = ? AND mask = ? AND pattern >= ? AND pattern < ?
         AND (full = ? OR full IS NULL) ORDER BY seq DESC`,
      ),
    };
    return this.sql;
  }
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

function copyOf(bucket: string, row: CopyRow): MaskedCopy {
  if (!row.named) return { pattern: row.pattern, node: row.node };
  const name: NameShape = { surname: bucket };
  if (row.length !== null) name.length = row.length;
  if (row.full !== null) name.full = row.full;
  if (row.masked !== null) name.masked = row.masked;
  return { pattern: row.pattern, name, node: row.node };
}
