import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { canonicalJson } from '@piguard/scan';
import type { AuditLogTable, WorkbenchDatabase } from './database-schema.js';

/** What a caller records; sequence, time and hashes are added by {@link AuditLog.append}. */
export interface AuditInput {
  actorId: string | null;
  unitId: string | null;
  action: string;
  targetType: string;
  targetId?: string | null;
  /** Never a raw PI value: ids, field names, counts, masked previews. */
  detail?: Record<string, unknown>;
}

/** The result of checking the chain: ok, or the first entry whose hash or link does not hold. */
export type AuditVerification = { ok: true; entries: number } | { ok: false; entries: number; firstBadSeq: number; reason: string };

const GENESIS = '0'.repeat(64);

/** The hash of an entry: SHA-256 over the canonical JSON of every field but the hash itself. */
export function auditEntryHash(entry: Omit<AuditLogTable, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(entry)).digest('hex');
}

/**
 * The audit log: append-only, each entry's hash covering the previous one's, like the evidence log. Appends
 * are serialised in this process and guarded by the primary key on `seq` across processes.
 */
export class AuditLog {
  private tail: Promise<unknown> = Promise.resolve();

  private readonly db: Kysely<WorkbenchDatabase>;
  private readonly clock: () => Date;

  constructor(db: Kysely<WorkbenchDatabase>, clock: () => Date = () => new Date()) {
    this.db = db;
    this.clock = clock;
  }

  /** Appends one entry and resolves to it. */
  append(input: AuditInput): Promise<AuditLogTable> {
    const next = this.tail.then(() => this.appendNow(input));
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async appendNow(input: AuditInput): Promise<AuditLogTable> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.db.transaction().execute(async (trx) => {
          const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
          const body: Omit<AuditLogTable, 'hash'> = {
            seq: last ? Number(last.seq) + 1 : 1,
            at: this.clock().toISOString(),
            actor_id: input.actorId,
            unit_id: input.unitId,
            action: input.action,
            target_type: input.targetType,
            target_id: input.targetId ?? null,
            detail: canonicalJson(input.detail ?? {}),
            prev_hash: last?.hash ?? GENESIS,
          };
          const row = { ...body, hash: auditEntryHash(body) };
          await trx.insertInto('audit_log').values(row).execute();
          return row;
        });
      } catch (error) {
        // Another process took the same seq: read the new tail and try again.
        if (attempt >= 4) throw error;
      }
    }
  }

  /** Re-computes every hash and link in order; names the first entry that was altered, removed or reordered. */
  async verify(): Promise<AuditVerification> {
    const rows = await this.db.selectFrom('audit_log').selectAll().orderBy('seq', 'asc').execute();
    let prev = GENESIS;
    let expectedSeq = 1;
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) return { ok: false, entries: rows.length, firstBadSeq: seq, reason: `entry ${expectedSeq} is missing` };
      if (row.prev_hash !== prev) return { ok: false, entries: rows.length, firstBadSeq: seq, reason: 'link to the previous entry broken' };
      const { hash, ...body } = row;
      if (auditEntryHash({ ...body, seq }) !== hash) {
        return { ok: false, entries: rows.length, firstBadSeq: seq, reason: 'entry altered' };
      }
      prev = hash;
      expectedSeq++;
    }
    return { ok: true, entries: rows.length };
  }
}
