import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';

// Writes between commits: one transaction per write would cost a journal round each; one for the whole
// scan would keep every dirty page of it in the cache.
const WRITES_PER_COMMIT = 50_000;

/**
 * The temporary SQLite file the people stores spill to, created on the first spill (a scan of fewer people
 * never touches the disk) and deleted on close. It holds keyed fingerprints' 64-bit keys and node numbers,
 * and masked ID copies as documents showed them (SpillingMaskedCopies), never a whole value. No fsync: it is
 * never read after a crash. (better-sqlite3 does not allow journal_mode OFF, and MEMORY would hold up to a
 * commit's worth of pages in RAM; the rollback journal stays on disk beside it.)
 */
export class SpillFile {
  private db: Database.Database | undefined;
  private dir: string | undefined;
  private writes = 0;

  /** The open database, created with `schema` run once for each store that asks. */
  open(schema: string): Database.Database {
    if (!this.db) {
      this.dir = mkdtempSync(join(tmpdir(), 'piguard-people-'));
      this.db = new Database(join(this.dir, 'people.db'));
      this.db.pragma('synchronous = OFF');
      this.db.pragma('locking_mode = EXCLUSIVE');
      // 16 MB of page cache (the default is 2 MB): the fingerprints are uniform, so lookups are random.
      this.db.pragma('cache_size = -16000');
      this.db.exec('BEGIN');
    }
    this.db.exec(schema);
    return this.db;
  }

  /** Counts a write; commits now and then so that dirty pages go to the file. */
  wrote(): void {
    if (++this.writes % WRITES_PER_COMMIT !== 0 || !this.db) return;
    this.db.exec('COMMIT');
    this.db.exec('BEGIN');
  }

  /** True once something was spilled. */
  get used(): boolean {
    return this.db !== undefined;
  }

  close(): void {
    this.db?.close();
    this.db = undefined;
    if (this.dir) rmSync(this.dir, { recursive: true, force: true });
    this.dir = undefined;
  }
}
