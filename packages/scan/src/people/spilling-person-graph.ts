import type { PersonGraphStore } from '@piguard/core';
import type { Statement } from 'better-sqlite3';
import type { SpillFile } from './spill-file.js';

interface NodeRow {
  parent: number;
  rank: number;
  anchor: number;
  flags: number;
}

type Field = keyof NodeRow;

// Spilled nodes touched lately, written through: a union reads the same few rows several times (find,
// anchor, rank, flags), and a record's keys are added and joined together. Cleared when full.
const ROW_CACHE = 4096;

/**
 * Core's PersonGraph (union-find by rank with path halving; a component is one person, and two components
 * anchored on different resident ID numbers never merge) with its first `bound` nodes in typed arrays and the
 * rest as rows of the spill file. The same operations in the same order, so the same people.
 */
export class SpillingPersonGraph implements PersonGraphStore {
  private parent = new Int32Array(0);
  private rank = new Uint8Array(0);
  private anchor = new Int32Array(0);
  private flags = new Uint8Array(0);
  private nodes = 0;
  private components = 0;
  private readonly rows = new Map<number, NodeRow>();
  private sql:
    | {
        insert: Statement<[number, number, number]>;
        select: Statement<[number], NodeRow>;
        update: Record<Field, Statement<[number, number]>>;
        count: Statement<[number, number], { n: number }>;
      }
    | undefined;

  private readonly file: SpillFile;
  private readonly bound: number;

  constructor(file: SpillFile, bound: number) {
    this.file = file;
    this.bound = bound;
  }

  get nodeCount(): number {
    return this.nodes;
  }

  get people(): number {
    return this.components;
  }

  add(anchored: boolean): number {
    const i = this.nodes++;
    this.components++;
    if (i < this.bound) {
      if (i === this.parent.length) this.grow();
      this.parent[i] = i;
      this.rank[i] = 0;
      this.anchor[i] = anchored ? i : -1;
      this.flags[i] = 0;
    } else {
      const anchor = anchored ? i : -1;
      this.disk().insert.run(i, i, anchor);
      this.file.wrote();
      this.remember(i, { parent: i, rank: 0, anchor, flags: 0 });
    }
    return i;
  }

  union(a: number, b: number): boolean {
    let ra = this.find(a);
    let rb = this.find(b);
    if (ra === rb) return true;
    const aa = this.get(ra, 'anchor');
    const ab = this.get(rb, 'anchor');
    if (aa >= 0 && ab >= 0 && aa !== ab) return false;
    const rankA = this.get(ra, 'rank');
    const rankB = this.get(rb, 'rank');
    if (rankA < rankB) [ra, rb] = [rb, ra];
    else if (rankA === rankB) this.set(ra, 'rank', rankA + 1);
    this.set(rb, 'parent', ra);
    if (this.get(ra, 'anchor') < 0) this.set(ra, 'anchor', this.get(rb, 'anchor'));
    this.set(ra, 'flags', this.get(ra, 'flags') | this.get(rb, 'flags'));
    this.components--;
    return true;
  }

  mark(i: number, bits: number): void {
    const r = this.find(i);
    this.set(r, 'flags', this.get(r, 'flags') | bits);
  }

  countWith(bits: number): number {
    let n = 0;
    const held = Math.min(this.nodes, this.bound);
    for (let i = 0; i < held; i++) if (this.parent[i] === i && ((this.flags[i] as number) & bits) === bits) n++;
    if (this.sql) n += this.sql.count.get(bits, bits)?.n ?? 0;
    return n;
  }

  private find(i: number): number {
    let x = i;
    for (let p = this.get(x, 'parent'); p !== x; p = this.get(x, 'parent')) {
      const gp = this.get(p, 'parent');
      this.set(x, 'parent', gp);
      x = gp;
    }
    return x;
  }

  private get(i: number, field: Field): number {
    if (i < this.bound) return this[field][i] as number;
    return this.row(i)[field];
  }

  private set(i: number, field: Field, value: number): void {
    if (i < this.bound) this[field][i] = value;
    else if (this.row(i)[field] !== value) {
      this.disk().update[field].run(value, i);
      this.file.wrote();
      (this.rows.get(i) as NodeRow)[field] = value;
    }
  }

  private row(i: number): NodeRow {
    const cached = this.rows.get(i);
    if (cached) return cached;
    const row = this.disk().select.get(i);
    if (!row) throw new Error(`person graph node ${i} is missing from the spill file`);
    return this.remember(i, row);
  }

  private remember(i: number, row: NodeRow): NodeRow {
    if (this.rows.size >= ROW_CACHE) this.rows.clear();
    this.rows.set(i, row);
    return row;
  }

  private disk(): NonNullable<SpillingPersonGraph['sql']> {
    if (this.sql) return this.sql;
    const db = this.file.open(
      'CREATE TABLE nodes (id INTEGER PRIMARY KEY, parent INTEGER NOT NULL, rank INTEGER NOT NULL, anchor INTEGER NOT NULL, flags INTEGER NOT NULL)',
    );
    const update = (field: Field): Statement<[number, number]> => db.prepare(`UPDATE nodes SET ${field} = ? WHERE id = ?`);
    this.sql = {
      insert: db.prepare('INSERT INTO nodes (id, parent, rank, anchor, flags) VALUES (?, ?, 0, ?, 0)'),
      select: db.prepare('SELECT parent, rank, anchor, flags FROM nodes WHERE id = ?'),
      update: { parent: update('parent'), rank: update('rank'), anchor: update('anchor'), flags: update('flags') },
      count: db.prepare('SELECT count(*) AS n FROM nodes WHERE parent = id AND (flags & ?) = ?'),
    };
    return this.sql;
  }

  // Doubles the arrays, up to the bound: past it nodes go to disk.
  private grow(): void {
    const n = Math.min(this.bound, Math.max(1024, this.parent.length * 2));
    const resize = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.parent = resize(this.parent, new Int32Array(n));
    this.rank = resize(this.rank, new Uint8Array(n));
    this.anchor = resize(this.anchor, new Int32Array(n));
    this.flags = resize(this.flags, new Uint8Array(n));
  }
}
