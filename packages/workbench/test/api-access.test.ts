import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from '../src/api/create-app.js';
import type { Store } from '../src/store/open-store.js';
import { type ApiClient, harness, leadBody } from './api-harness.js';
import { storeBackends } from './store-backends.js';

const backends = await storeBackends('workbench API access');
const SHA = 'a'.repeat(64);

/** A valid body for every route that takes one, so that only access rules can refuse the request. */
function validBody(method: string, path: string, ids: { unitA: string; unitB: string; leadId: string }): unknown {
  const bodies: Record<string, unknown> = {
    'POST /api/auth/login': { username: 'x', password: 'y' },
    'POST /api/auth/password': { currentPassword: 'x', newPassword: 'a long new password' },
    'POST /api/leads': leadBody(),
    'PATCH /api/leads/:id': { status: 'triaged' },
    'POST /api/leads/:id/transfer': { toUnitId: ids.unitB, note: '移送' },
    'POST /api/cases': { title: '案', kind: 'administrative', leadIds: [ids.leadId] },
    'PATCH /api/cases/:id': { status: 'closed' },
    'POST /api/cases/:id/events': { kind: 'note', title: '记录' },
    'POST /api/cases/:id/evidence': { evidenceRef: 'ev/1', sha256: SHA },
    'POST /api/cases/:id/evidence/captures': { scanId: '11111111-1111-4111-8111-111111111111' },
    'POST /api/cases/:id/shares': { unitId: ids.unitB },
    'POST /api/units': { name: `单位${Math.random()}` },
    'POST /api/users': { username: `u${Date.now()}`, displayName: 'u', password: 'a long password!', role: 'read-only', unitId: ids.unitA },
    'PATCH /api/users/:id': { disabled: false },
    'POST /api/scans': { targets: ['https://example.com/'] },
    'POST /api/scans/:id/lead': { title: '线索', subject: { name: '某公司', type: 'company' } },
    'POST /api/typical-cases': { title: '典型案例', summary: '摘要', legalBasis: '个人信息保护法', outcome: '已整改' },
    'PATCH /api/typical-cases/:id': { outcome: '已整改并复查' },
    'POST /api/cases/:id/typical-case': { summary: '摘要', legalBasis: '个人信息保护法', outcome: '已整改' },
  };
  return bodies[`${method.toUpperCase()} ${path}`];
}

describe.each(backends)('workbench API access on $name', (backend) => {
  let store: Store;
  let h: Awaited<ReturnType<typeof harness>>;
  let a: ApiClient;
  let b: ApiClient;
  let leadA: string;
  let caseA: string;
  let typicalA: string;
  const scanA = '11111111-1111-4111-8111-111111111111';
  let ids: { unitA: string; unitB: string; leadId: string };

  beforeAll(async () => {
    store = await backend.open();
    h = await harness(store);
    a = await h.as('invA');
    b = await h.as('invB');
    leadA = (await a.call('POST', '/api/leads', leadBody('甲单位线索'))).body.id as string;
    const second = (await a.call('POST', '/api/leads', leadBody('甲单位线索二'))).body.id as string;
    caseA = (await a.call('POST', '/api/cases', { title: '甲单位案件', kind: 'civil-public-interest', leadIds: [leadA] })).body
      .id as string;
    await a.call('POST', `/api/cases/${caseA}/events`, { kind: 'investigation', title: '调查' });
    ids = { unitA: h.seed.unitA, unitB: h.seed.unitB, leadId: second };
    typicalA = (
      await a.call('POST', '/api/typical-cases', { title: '甲单位典型案例', summary: '摘要', legalBasis: '依据', outcome: '结果' })
    ).body.id as string;
    // A finished scan of unit A, stored directly: starting one would fetch from the network.
    await store.db
      .insertInto('scans')
      .values({
        id: scanA,
        unit_id: h.seed.unitA,
        kind: 'web',
        targets: '[]',
        status: 'done',
        progress: '{}',
        summary: null,
        created_by: h.seed.users.invA.id,
        created_at: new Date().toISOString(),
        finished_at: null,
      })
      .execute();
  });
  afterAll(() => store.close());

  const idFor = (path: string): string =>
    path.startsWith('/api/typical-cases')
      ? typicalA
      : path.startsWith('/api/cases')
        ? caseA
        : path.startsWith('/api/users')
          ? 'u'
          : path.startsWith('/api/scans')
            ? scanA
            : leadA;
  const fill = (path: string, id: string): string => path.replace(':id', id);
  const guarded = API_ROUTES.filter((r) => !r.public);

  it('has a valid body for every route that takes one (so that only access rules can refuse below)', () => {
    for (const r of API_ROUTES.filter((r) => r.body)) expect(validBody(r.method, r.path, ids), `${r.method} ${r.path}`).toBeDefined();
  });

  it.each(guarded.map((r) => [r.method.toUpperCase(), r.path] as const))('%s %s without a session: 401', async (method, path) => {
    const anon = h.client();
    const r = await anon.call(method, fill(path, idFor(path)), validBody(method, path, ids));
    expect(r.status).toBe(401);
    expect(r.body).toEqual({ error: { code: 'E_UNAUTHENTICATED', message: 'log in first' } });
  });

  it.each(guarded.filter((r) => r.permission).map((r) => [r.method.toUpperCase(), r.path, r.permission] as const))(
    '%s %s by a user without %s: 403, and nothing changes',
    async (method, path, permission) => {
      const who = permission === 'admin' ? await h.as('invA') : await h.as('roA');
      const before = await store.db.selectFrom('audit_log').select('seq').execute();
      const r = await who.call(method, fill(path, idFor(path)), validBody(method, path, ids));
      expect(r.status).toBe(403);
      expect(r.body).toMatchObject({ error: { code: 'E_FORBIDDEN' } });
      // Only the login of `who` was audited: the refused request changed nothing.
      const after = await store.db.selectFrom('audit_log').select('seq').execute();
      expect(after.length).toBe(before.length);
    },
  );

  it.each(
    guarded.filter((r) => r.path.includes(':id') && !r.path.startsWith('/api/users')).map((r) => [r.method.toUpperCase(), r.path] as const),
  )("%s %s on another unit's object: the same 404 as a missing id", async (method, path) => {
    const body = validBody(method, path, { ...ids, unitB: h.seed.unitA });
    const hidden = await b.call(method, fill(path, idFor(path)), body);
    const missing = await b.call(method, fill(path, '00000000-0000-4000-8000-000000000000'), body);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
  });

  it("lists none of another unit's leads or cases", async () => {
    expect((await b.call('GET', '/api/leads')).body).toEqual({ leads: [] });
    expect((await b.call('GET', '/api/cases')).body).toEqual({ cases: [] });
    const mine = await a.call('GET', '/api/leads');
    expect((mine.body.leads as { id: string }[]).map((l) => l.id)).toContain(leadA);
  });

  it("refuses a case from another unit's lead as if the lead did not exist", async () => {
    const r = await b.call('POST', '/api/cases', { title: '越权', kind: 'administrative', leadIds: [leadA] });
    expect(r).toMatchObject({ status: 404, body: { error: { message: 'no such lead' } } });
  });

  it('a shared case can be read, not changed, by the other unit, which does not learn who else shares it', async () => {
    const c = (await a.call('POST', '/api/cases', { title: '共享案件', kind: 'administrative', leadIds: [ids.leadId] })).body.id as string;
    expect((await a.call('POST', `/api/cases/${c}/shares`, { unitId: h.seed.unitB })).status).toBe(201);
    const seen = await b.call('GET', `/api/cases/${c}`);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ id: c, owned: false, sharedWith: [] });
    expect((await b.call('GET', '/api/cases')).body.cases).toEqual([expect.objectContaining({ id: c, owned: false })]);
    expect((await b.call('POST', `/api/cases/${c}/events`, { kind: 'note', title: 'x' })).status).toBe(404);
    expect((await b.call('PATCH', `/api/cases/${c}`, { status: 'closed' })).status).toBe(404);
    expect((await a.call('GET', `/api/cases/${c}`)).body).toMatchObject({ owned: true, sharedWith: [h.seed.unitB] });
  });

  it('a transferred lead leaves the unit and arrives in the other, with the transfer recorded', async () => {
    const lead = (await a.call('POST', '/api/leads', leadBody('待移送线索'))).body.id as string;
    const t = await a.call('POST', `/api/leads/${lead}/transfer`, { toUnitId: h.seed.unitB, note: '属乙市管辖' });
    expect(t.status).toBe(201);
    expect((await a.call('GET', `/api/leads/${lead}`)).status).toBe(404);
    const there = await b.call('GET', `/api/leads/${lead}`);
    expect(there.body).toMatchObject({
      unitId: h.seed.unitB,
      transfers: [{ fromUnitId: h.seed.unitA, toUnitId: h.seed.unitB, note: '属乙市管辖' }],
    });
    const audit = await store.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'lead.transfer')
      .where('target_id', '=', lead)
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('roles: reviewers change status but open nothing; read-only users only read', async () => {
    const rev = await h.as('revA');
    expect((await rev.call('PATCH', `/api/leads/${leadA}`, { riskLevel: 'critical' })).status).toBe(200);
    expect((await rev.call('POST', '/api/leads', leadBody())).status).toBe(403);
    const ro = await h.as('roA');
    expect((await ro.call('GET', `/api/cases/${caseA}`)).status).toBe(200);
    expect((await ro.call('GET', `/api/leads/${leadA}`)).body).toMatchObject({ riskLevel: 'critical' });
  });
});
