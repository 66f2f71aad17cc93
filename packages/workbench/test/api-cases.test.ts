import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ROUTES, createApp } from '../src/api/create-app.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { ApiClient, harness, leadBody, seed, TEST_SCRYPT } from './api-harness.js';

describe('workbench API: a case from lead to recommendation, the audit log, the OpenAPI description', () => {
  let store: Store;
  let h: Awaited<ReturnType<typeof harness>>;
  let inv: ApiClient;
  beforeAll(async () => {
    store = await openStore({ memory: true });
    h = await harness(store);
    inv = await h.as('invA');
  });
  afterAll(() => store.close());

  it('opens a case from a lead, keeps the timeline in date order and moves the status on a recommendation', async () => {
    const lead = await inv.call('POST', '/api/leads', { ...leadBody(), piTypes: ['PI.ID.RIC'], harm: { thresholdsCrossed: ['≥10万人'] } });
    expect(lead.status).toBe(201);
    expect(lead.body).toMatchObject({ status: 'new', piTypes: ['PI.ID.RIC'], harm: { criminalTiers: [], thresholdsCrossed: ['≥10万人'] } });
    const opened = await inv.call('POST', '/api/cases', {
      title: '某网站泄露学生信息案',
      kind: 'civil-public-interest',
      leadIds: [lead.body.id],
    });
    expect(opened.status).toBe(201);
    const id = opened.body.id as string;
    expect((await inv.call('GET', `/api/leads/${lead.body.id as string}`)).body).toMatchObject({ status: 'case-opened' });

    const noDeadline = await inv.call('POST', `/api/cases/${id}/events`, { kind: 'recommendation', title: '检察建议' });
    expect(noDeadline).toMatchObject({
      status: 400,
      body: { error: { issues: [{ path: 'body.dueAt', message: 'a recommendation needs its deadline' }] } },
    });
    await inv.call('POST', `/api/cases/${id}/events`, {
      kind: 'recommendation',
      title: '制发检察建议',
      dueAt: '2026-03-01',
      occurredAt: '2026-01-02T09:00:00+08:00',
    });
    await inv.call('POST', `/api/cases/${id}/events`, {
      kind: 'investigation',
      title: '立案调查',
      occurredAt: '2025-12-20T09:00:00+08:00',
    });
    const badSha = await inv.call('POST', `/api/cases/${id}/evidence`, { evidenceRef: 'captures/x', sha256: 'XYZ' });
    expect(badSha.status).toBe(400);
    const ev = await inv.call('POST', `/api/cases/${id}/evidence`, {
      evidenceRef: 'captures/x',
      sha256: 'b'.repeat(64),
      description: '网页截图',
    });
    expect(ev.status).toBe(201);

    const detail = await inv.call('GET', `/api/cases/${id}`);
    expect(detail.body).toMatchObject({
      status: 'recommendation-issued',
      leads: [{ id: lead.body.id, peopleAffected: 1200 }],
      timeline: [
        { kind: 'investigation', title: '立案调查' },
        { kind: 'recommendation', dueAt: '2026-03-01T00:00:00.000Z', occurredAt: '2026-01-02T01:00:00.000Z' },
      ],
      evidence: [{ sha256: 'b'.repeat(64), description: '网页截图' }],
    });
  });

  it('audits every change with a verifiable chain, and never a password', async () => {
    const admin = await h.as('adminA');
    const created = await admin.call('POST', '/api/users', {
      username: 'newbie',
      displayName: '新人',
      password: 'another long secret',
      role: 'reviewer',
      unitId: h.seed.unitB,
    });
    expect(created.status).toBe(201);
    await admin.call('PATCH', `/api/users/${created.body.id as string}`, { password: 'changed long secret' });
    const all = await store.db.selectFrom('audit_log').selectAll().execute();
    const dump = JSON.stringify(all);
    expect(dump).not.toContain('another long secret');
    expect(dump).not.toContain('changed long secret');
    expect(new Set(all.map((e) => e.action))).toEqual(
      new Set(['auth.login', 'lead.create', 'case.create', 'case.event', 'case.evidence', 'user.create', 'user.update']),
    );
    const verify = await admin.call('GET', '/api/audit/verify');
    expect(verify.body).toEqual({ ok: true, entries: all.length });
    const list = await admin.call('GET', '/api/audit?limit=2');
    expect((list.body.entries as { seq: number }[]).map((e) => e.seq)).toEqual([all.length, all.length - 1]);

    await store.db.updateTable('audit_log').set({ action: 'lead.read' }).where('seq', '=', 2).execute();
    expect((await admin.call('GET', '/api/audit/verify')).body).toMatchObject({ ok: false, firstBadSeq: 2 });
  });

  it('a changed password ends the sessions of that user', async () => {
    const admin = await h.as('adminA');
    const ro = await h.as('roA');
    const id = h.seed.users.roA.id;
    expect((await admin.call('PATCH', `/api/users/${id}`, { password: 'a brand new secret' })).status).toBe(200);
    expect((await ro.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await h.client().login('roA', 'a brand new secret')).status).toBe(200);
  });

  it('describes every route in /api/openapi.json, request schemas included', async () => {
    const doc = await h.client().call<{
      openapi: string;
      paths: Record<
        string,
        Record<string, { requestBody?: { content: Record<string, { schema: { properties: Record<string, unknown> } }> } }>
      >;
    }>('GET', '/api/openapi.json');
    expect(doc.status).toBe(200);
    expect(doc.body.openapi).toBe('3.1.0');
    for (const r of API_ROUTES) expect(doc.body.paths[r.path.replace(/:(\w+)/g, '{$1}')]?.[r.method]).toBeDefined();
    const login = doc.body.paths['/api/auth/login']?.post?.requestBody?.content['application/json']?.schema;
    expect(Object.keys(login?.properties ?? {})).toEqual(['username', 'password']);
  });
});

describe('workbench API: dashboard', () => {
  it("counts the unit's leads and cases only", async () => {
    const store = await openStore({ memory: true });
    const h = await harness(store);
    const a = await h.as('invA');
    const b = await h.as('invB');
    await a.call('POST', '/api/leads', { ...leadBody(), piTypes: ['PI.ID.RIC'] });
    const l2 = await a.call('POST', '/api/leads', { ...leadBody(), peopleAffected: 10, minors: 0 });
    await a.call('POST', '/api/cases', { title: 'c', kind: 'administrative', leadIds: [l2.body.id] });
    await b.call('POST', '/api/leads', leadBody());
    const d = await a.call('GET', '/api/dashboard');
    expect(d.body).toMatchObject({
      leads: 2,
      cases: 1,
      peopleAffected: 1210,
      minors: 300,
      leadsByStatus: { new: 1, 'case-opened': 1 },
      leadsByPiType: { 'PI.ID.RIC': 1 },
      leadsByRegion: { '440300': 2 },
      casesByStatus: { open: 1 },
    });
    expect((await b.call('GET', '/api/dashboard')).body).toMatchObject({ leads: 1, cases: 0, peopleAffected: 1200 });
    await store.close();
  });
});

describe('workbench API: deadline reminders', () => {
  it('lists unanswered recommendations that are overdue or due soon, not answered ones, not other units', async () => {
    const store = await openStore({ memory: true });
    let now = new Date('2026-03-01T00:00:00Z');
    const { app } = createApp({ store, scryptCost: TEST_SCRYPT, clock: () => now });
    await seed(store);
    const a = new ApiClient(app);
    await a.login('invA');
    const b = new ApiClient(app);
    await b.login('invB');
    const open = async (title: string): Promise<string> => {
      const lead = await a.call('POST', '/api/leads', leadBody());
      return (await a.call('POST', '/api/cases', { title, kind: 'administrative', leadIds: [lead.body.id] })).body.id as string;
    };
    const soon = await open('近期到期');
    const later = await open('远期');
    const answered = await open('已回复');
    await a.call('POST', `/api/cases/${soon}/events`, { kind: 'recommendation', title: '建议一', dueAt: '2026-03-05' });
    await a.call('POST', `/api/cases/${later}/events`, { kind: 'recommendation', title: '建议二', dueAt: '2026-06-01' });
    await a.call('POST', `/api/cases/${answered}/events`, { kind: 'recommendation', title: '建议三', dueAt: '2026-03-03' });
    now = new Date('2026-03-01T06:00:00Z');
    await a.call('POST', `/api/cases/${answered}/events`, { kind: 'response', title: '书面回复' });

    const r = await a.call<{ reminders: { caseTitle: string; daysLeft: number; overdue: boolean }[] }>(
      'GET',
      '/api/reminders?withinDays=14',
    );
    expect(r.body.reminders).toEqual([expect.objectContaining({ caseTitle: '近期到期', daysLeft: 4, overdue: false })]);
    now = new Date('2026-03-10T00:00:00Z');
    // Sessions last 12 hours: log in again on the later day.
    await a.login('invA');
    await b.login('invB');
    const late = await a.call<{ reminders: { caseTitle: string; overdue: boolean }[] }>('GET', '/api/reminders');
    expect(late.body.reminders).toEqual([expect.objectContaining({ caseTitle: '近期到期', overdue: true })]);
    expect((await b.call('GET', '/api/reminders')).body).toEqual({ reminders: [] });
    await store.close();
  });
});
