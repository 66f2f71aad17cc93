import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mod11_2CheckChar } from '@piguard/core';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requireServer, uniqueName } from '../../scan/test/real-server.js';
import { createApp } from '../src/api/create-app.js';
import { UnitEvidence } from '../src/scans/unit-evidence.js';
import type { Store } from '../src/store/open-store.js';
import { ApiClient, harness, TEST_SCRYPT } from './api-harness.js';
import { PG_URL, storeBackends } from './store-backends.js';

/** A resident ID number with a correct check character, generated (never a real person's). */
function residentId(seq: number): string {
  const body = `11010519850312${String(seq).padStart(3, '0')}`;
  return body + (mod11_2CheckChar(body) ?? '');
}

const ids = Array.from({ length: 8 }, (_, i) => residentId(300 + i));
const backends = await storeBackends('workbench API evidence');
// A PostgreSQL database scanned as a target (its own database, so that no other test's tables are read).
const pgTarget = await requireServer('workbench database scan target (PostgreSQL)', async () => {
  const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
  await c.connect();
  await c.end();
});

type Summary = { evidence: { captures: { seq: number; kind: string; source: string; sha256: string; rows?: number }[] } };

describe.each(backends)('workbench API: scans write evidence, cases attach and verify it ($name store)', (backend) => {
  const dir = mkdtempSync(join(tmpdir(), 'piguard-wb-evidence-'));
  const evRoot = join(dir, 'evidence');
  const dbName = uniqueName('piguard_wbt');
  const pgTargetUrl = PG_URL.replace(/^postgres(ql)?:\/\/([^:@/]+)@/, 'postgres://$2:Secr3tPassw0rd@').replace(
    /\/[^/?]*(\?|$)/,
    `/${dbName}$1`,
  );
  let store: Store;
  let a: ApiClient;
  let b: ApiClient;
  let unitA: string;
  let unitB: string;
  let runner: ReturnType<typeof createApp>['deps']['jobs'];

  beforeAll(async () => {
    writeFileSync(join(dir, 'roster.csv'), `序号,身份证号\n${ids.map((id, i) => `${i + 1},${id}`).join('\n')}\n`);
    const db = new Database(join(dir, 'members.db'));
    db.exec('CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, id_card TEXT)');
    for (const [i, id] of ids.entries()) db.prepare('INSERT INTO members VALUES (?, ?, ?)').run(i + 1, '张伟', id);
    db.close();
    if (pgTarget) {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${dbName}`);
      await admin.end();
      const c = new pg.Client({ connectionString: PG_URL.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`) });
      await c.connect();
      await c.query('CREATE TABLE patients (id int PRIMARY KEY, id_card text)');
      for (const [i, id] of ids.entries()) await c.query('INSERT INTO patients VALUES ($1, $2)', [i + 1, id]);
      await c.end();
    }
    store = await backend.open();
    const h = await harness(store, {
      scans: { fileRoots: [dir], secret: new Uint8Array(32).fill(3), evidence: new UnitEvidence(evRoot) },
    });
    runner = h.deps.jobs;
    ({ unitA, unitB } = h.seed);
    a = await h.as('invA');
    b = await h.as('invB');
  });
  afterAll(async () => {
    await runner.close();
    await store.close();
    if (pgTarget) {
      const admin = new pg.Client({ connectionString: PG_URL });
      await admin.connect();
      await admin.query(`DROP DATABASE IF EXISTS ${dbName}`);
      await admin.end();
    }
    rmSync(dir, { recursive: true, force: true });
  });

  async function scan(targets: string[]): Promise<Record<string, unknown>> {
    const started = await a.call('POST', '/api/scans', { targets });
    expect(started.status).toBe(201);
    await runner.settled(started.body.id as string);
    return (await a.call('GET', `/api/scans/${started.body.id as string}`)).body;
  }

  it('a file scan stores the file as a capture in the unit chain, tied to its masked findings', async () => {
    const done = await scan([join(dir, 'roster.csv')]);
    expect(done.status).toBe('done');
    const captures = (done.summary as Summary).evidence.captures;
    expect(captures).toEqual([expect.objectContaining({ kind: 'file', source: join(dir, 'roster.csv') })]);
    const listed = await a.call('GET', `/api/scans/${done.id as string}/evidence`);
    expect(listed.body).toMatchObject({ captures });
    const log = readFileSync(join(evRoot, unitA, 'log.jsonl'), 'utf8');
    expect(log).toContain('"operator":"invA (invA)"');
    for (const id of ids) expect(log).not.toContain(id);
    expect((await a.call('GET', '/api/evidence/verify')).body).toMatchObject({ ok: true, captures: 1 });
    // Unit B has a chain of its own, empty.
    expect((await b.call('GET', '/api/evidence/verify')).body).toMatchObject({ ok: true, entries: 0 });
  });

  it('a unit chain found broken at start takes no more entries; the scan still runs and says why nothing was kept', async () => {
    const other = join(dir, 'broken-evidence');
    const unit = new UnitEvidence(other);
    const first = await unit.store(unitA);
    await first.addNote({ source: 'x', message: 'first entry' });
    await first.addNote({ source: 'y', message: 'second entry' });
    const log = join(other, unitA, 'log.jsonl');
    writeFileSync(log, readFileSync(log, 'utf8').replace('first entry', 'first entry, rewritten'));
    const { app, deps } = createApp({
      store,
      scryptCost: TEST_SCRYPT,
      scans: { fileRoots: [dir], secret: new Uint8Array(32).fill(3), evidence: new UnitEvidence(other) },
    });
    const client = new ApiClient(app);
    await client.login('invA');
    const started = await client.call('POST', '/api/scans', { targets: [join(dir, 'roster.csv')] });
    await deps.jobs.settled(started.body.id as string);
    const done = (await client.call('GET', `/api/scans/${started.body.id as string}`)).body;
    expect(done).toMatchObject({ status: 'done', summary: { people: { distinct: ids.length }, evidence: { error: 'E_EVIDENCE_BROKEN' } } });
    expect(readFileSync(log, 'utf8').trimEnd().split('\n')).toHaveLength(2);
    expect((await client.call('GET', '/api/evidence/verify')).body).toMatchObject({ ok: false, problems: [{ kind: 'altered', seq: 0 }] });
  });

  it('refuses sqlite files outside the scan folders and relative sqlite paths', async () => {
    const r = await a.call('POST', '/api/scans', { targets: ['sqlite:///etc/x.db', 'sqlite:x.db', 'redis://127.0.0.1'] });
    expect(r.status).toBe(400);
    expect((r.body.error as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual([
      'body.targets.0',
      'body.targets.1',
      'body.targets.2',
    ]);
  });

  it('scans a SQLite database: tables as progress, one sample capture per table', async () => {
    const done = await scan([`sqlite://${join(dir, 'members.db')}`]);
    expect(done).toMatchObject({ kind: 'database', status: 'done', progress: { files: 1, plannedFiles: 1 } });
    expect(done.summary).toMatchObject({ people: { distinct: ids.length } });
    expect((done.summary as Summary).evidence.captures).toEqual([
      expect.objectContaining({ kind: 'database-sample', source: `sqlite://${join(dir, 'members.db')}#members`, rows: ids.length }),
    ]);
  });

  it.runIf(pgTarget)(
    'scans a PostgreSQL database without storing its password; a case attaches the captures, verifies them, re-scans, and catches an altered capture',
    async () => {
      const done = await scan([pgTargetUrl]);
      expect(done).toMatchObject({ status: 'done', kind: 'database', summary: { people: { distinct: ids.length } } });
      expect((done.targets as string[])[0]).toContain(':***@');
      const dump = JSON.stringify(await store.db.selectFrom('scans').selectAll().execute());
      expect(dump).not.toContain('Secr3tPassw0rd');
      expect(readFileSync(join(evRoot, unitA, 'log.jsonl'), 'utf8')).not.toContain('Secr3tPassw0rd');
      const [capture] = (done.summary as Summary).evidence.captures;
      expect(capture).toMatchObject({ kind: 'database-sample', rows: ids.length });
      expect(capture?.source).toMatch(/:\*\*\*@.*#public\.patients$/);

      const lead = await a.call('POST', `/api/scans/${done.id as string}/lead`, {
        title: '病历泄露',
        subject: { name: '某医院', type: 'agency' },
      });
      const kase = await a.call('POST', '/api/cases', { title: '某医院案', kind: 'administrative', leadIds: [lead.body.id] });
      const caseId = kase.body.id as string;
      const attached = await a.call('POST', `/api/cases/${caseId}/evidence/captures`, { scanId: done.id });
      expect(attached.status).toBe(201);
      expect(attached.body.evidence).toEqual([expect.objectContaining({ sha256: capture?.sha256, leadId: lead.body.id })]);
      expect((await b.call('POST', `/api/cases/${caseId}/evidence/captures`, { scanId: done.id })).status).toBe(404);
      const twice = await a.call('POST', `/api/cases/${caseId}/evidence/captures`, { scanId: done.id });
      expect(twice.body).toEqual({ evidence: [] });
      const verified = await a.call('GET', `/api/cases/${caseId}/evidence/verify`);
      expect(verified.body).toMatchObject({ ok: true, chain: { ok: true }, links: [{ sha256: capture?.sha256, status: 'intact' }] });
      expect((await b.call('GET', `/api/cases/${caseId}/evidence/verify`)).status).toBe(404);

      // The rectification re-scan reconnects (the password is held in memory only) and stores new captures.
      const c = new pg.Client({ connectionString: PG_URL.replace(/\/[^/?]*(\?|$)/, `/${dbName}$1`) });
      await c.connect();
      await c.query('DELETE FROM patients WHERE id > 2');
      await c.end();
      const recheck = await a.call('POST', `/api/cases/${caseId}/recheck`);
      await runner.settled(recheck.body.scanId as string);
      const rescan = (await a.call('GET', `/api/scans/${recheck.body.scanId as string}`)).body;
      expect(rescan).toMatchObject({ status: 'done', summary: { people: { distinct: 2 } } });
      const [again] = (rescan.summary as Summary).evidence.captures;
      expect(again).toMatchObject({ kind: 'database-sample', source: capture?.source, rows: 2 });
      const timeline = (await a.call<{ timeline: { kind: string; title: string }[] }>('GET', `/api/cases/${caseId}`)).body.timeline;
      expect(timeline.filter((e) => e.kind === 'rectification-check').map((e) => e.title)).toEqual(['reduced']);

      // One byte of the attached capture changed on disk: the case's verification names it.
      const file = join(evRoot, unitA, 'captures', capture?.sha256 ?? '');
      const bytes = readFileSync(file);
      bytes[bytes.length - 2] = (bytes[bytes.length - 2] ?? 0) ^ 1;
      writeFileSync(file, bytes);
      const broken = await a.call('GET', `/api/cases/${caseId}/evidence/verify`);
      expect(broken.body).toMatchObject({
        ok: false,
        chain: { ok: false, problems: [{ kind: 'capture-altered', seq: capture?.seq }] },
        links: [{ status: 'altered' }],
      });
      // A unit the case is shared with sees the verdict, not the owning unit's sources.
      expect((await a.call('POST', `/api/cases/${caseId}/shares`, { unitId: unitB })).status).toBe(201);
      const shared = await b.call('GET', `/api/cases/${caseId}/evidence/verify`);
      expect(shared.body).toMatchObject({ ok: false, chain: { problems: [{ kind: 'capture-altered', seq: capture?.seq }] } });
      expect(JSON.stringify(shared.body.chain)).not.toContain('postgres');
    },
  );
});
