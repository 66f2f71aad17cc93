import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storeBackends } from '../../test/store-backends.js';
import { AuditLog } from './audit-log.js';
import type { Store } from './open-store.js';

const backends = await storeBackends('workbench store');

describe.each(backends)('workbench store on $name', (backend) => {
  let store: Store;
  beforeAll(async () => {
    store = await backend.open();
  });
  afterAll(() => store.close());

  it('creates every table and keeps Chinese text, JSON text and integers as written', async () => {
    const { db } = store;
    const now = new Date().toISOString();
    const unit = randomUUID();
    const user = randomUUID();
    await db.insertInto('units').values({ id: unit, name: '某市人民检察院公益诉讼部门', created_at: now }).execute();
    await db
      .insertInto('users')
      .values({
        id: user,
        username: 'li',
        display_name: '李检察官',
        password_hash: 'x',
        role: 'investigator',
        unit_id: unit,
        disabled: 0,
        created_at: now,
      })
      .execute();
    const lead = randomUUID();
    await db
      .insertInto('leads')
      .values({
        id: lead,
        unit_id: unit,
        title: '某网站公开身份证号',
        source_kind: 'manual',
        source_ref: null,
        subject_name: '某科技有限公司',
        subject_type: 'company',
        subject_region: '440300',
        pi_types: JSON.stringify(['cn-resident-id']),
        people_affected: 5123,
        minors: 12,
        scale_band: '5000+',
        harm: JSON.stringify({ tiers: [] }),
        risk_level: 'high',
        status: 'new',
        scan_id: null,
        created_by: user,
        created_at: now,
        updated_at: now,
      })
      .execute();
    const row = await db.selectFrom('leads').selectAll().where('id', '=', lead).executeTakeFirstOrThrow();
    expect(row.subject_name).toBe('某科技有限公司');
    expect(Number(row.people_affected)).toBe(5123);
    expect(JSON.parse(row.pi_types)).toEqual(['cn-resident-id']);
    for (const table of [
      'cases',
      'case_leads',
      'case_shares',
      'case_events',
      'evidence_links',
      'lead_transfers',
      'scans',
      'scan_findings',
      'sessions',
    ]) {
      const r = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
      expect(Number(r.rows[0]?.n)).toBe(0);
    }
  });

  it('refuses a user of a unit that does not exist (foreign keys are on)', async () => {
    await expect(
      store.db
        .insertInto('users')
        .values({
          id: randomUUID(),
          username: 'ghost',
          display_name: 'g',
          password_hash: 'x',
          role: 'admin',
          unit_id: 'nope',
          disabled: 0,
          created_at: '',
        })
        .execute(),
    ).rejects.toThrow();
  });

  it('chains audit entries and names the first altered, removed or reordered one', async () => {
    const log = new AuditLog(store.db);
    await Promise.all(
      [1, 2, 3, 4, 5].map((i) =>
        log.append({ actorId: null, unitId: null, action: 'test.append', targetType: 'test', targetId: String(i), detail: { i } }),
      ),
    );
    expect(await log.verify()).toEqual({ ok: true, entries: 5 });
    const rows = await store.db.selectFrom('audit_log').select(['seq', 'prev_hash', 'hash']).orderBy('seq').execute();
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.hash);

    await store.db.updateTable('audit_log').set({ detail: '{"i":99}' }).where('seq', '=', 3).execute();
    expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: 3, reason: 'entry altered' });
    await store.db.deleteFrom('audit_log').where('seq', '=', 3).execute();
    expect(await log.verify()).toMatchObject({ ok: false, firstBadSeq: 4, reason: 'entry 3 is missing' });
  });

  it('holds exactly the tables of the schema', async () => {
    // PostgreSQL lists every schema's tables (other test files run beside this one): keep the store's own.
    const own =
      backend.name === 'postgres' ? (await sql<{ s: string }>`select current_schema() as s`.execute(store.db)).rows[0]?.s : undefined;
    const tables = await store.db.introspection.getTables();
    const names = tables
      .filter((t) => own === undefined || t.schema === own)
      .map((t) => t.name)
      .filter((n) => !n.startsWith('kysely_'));
    expect(names.sort()).toEqual(
      [
        'audit_log',
        'case_events',
        'case_leads',
        'case_shares',
        'cases',
        'evidence_links',
        'lead_transfers',
        'leads',
        'scan_findings',
        'scans',
        'sessions',
        'typical_cases',
        'units',
        'users',
      ].sort(),
    );
  });
});
