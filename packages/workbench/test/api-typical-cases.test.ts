import { mod11_2CheckChar } from '@piguard/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../src/store/open-store.js';
import { type ApiClient, harness, leadBody } from './api-harness.js';
import { storeBackends } from './store-backends.js';

const backends = await storeBackends('workbench typical cases');

/** A resident ID number with a correct check character, generated (never a real person's). */
function residentId(birth: string, seq: number): string {
  const body = `110105${birth}${String(seq).padStart(3, '0')}`;
  return body + (mod11_2CheckChar(body) ?? '');
}

interface TypicalCase {
  id: string;
  caseId: string | null;
  title: string;
  summary: string;
  piTypes: string[];
  subjectType: string | null;
  region: string | null;
  shared: boolean;
  owned: boolean;
}

describe.each(backends)('workbench API: the library of typical cases on $name', (backend) => {
  let store: Store;
  let h: Awaited<ReturnType<typeof harness>>;
  let a: ApiClient;
  let b: ApiClient;
  let caseId = '';
  let promoted = '';
  const raw = residentId('19800101', 123);

  beforeAll(async () => {
    store = await backend.open();
    h = await harness(store);
    a = await h.as('invA');
    b = await h.as('invB');
    const lead = await a.call('POST', '/api/leads', { ...leadBody(), piTypes: ['PI.ID.RIC', 'PI.BASIC.PHONE'] });
    caseId = (await a.call('POST', '/api/cases', { title: '某网站泄露学生信息案', kind: 'civil-public-interest', leadIds: [lead.body.id] }))
      .body.id as string;
  });
  afterAll(() => store.close());

  const body = {
    summary: `某教育网站公示资助名单，含学生身份证号（如 ${raw}）。`,
    legalBasis: '《个人信息保护法》第七十条',
    outcome: '删除公示页面，整改复查确认已删除',
  };

  it('promotes a closed case only, taking PI types, subject type and region from its leads, and masks PI typed into it', async () => {
    const early = await a.call('POST', `/api/cases/${caseId}/typical-case`, body);
    expect(early).toMatchObject({ status: 409, body: { error: { message: 'only a closed case can become a typical case' } } });
    expect((await a.call('PATCH', `/api/cases/${caseId}`, { status: 'closed' })).status).toBe(200);
    const r = await a.call<TypicalCase>('POST', `/api/cases/${caseId}/typical-case`, body);
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      caseId,
      title: '某网站泄露学生信息案',
      piTypes: ['PI.BASIC.PHONE', 'PI.ID.RIC'],
      subjectType: 'website',
      region: '440300',
      shared: false,
      owned: true,
    });
    expect(r.body.summary).not.toContain(raw);
    expect(r.body.summary).toMatch(/110105\*+\d{3}[\dX]/);
    promoted = r.body.id;
    const stored = JSON.stringify(await store.db.selectFrom('typical_cases').selectAll().execute());
    expect(stored).not.toContain(raw);
    const audit = await store.db.selectFrom('audit_log').selectAll().where('action', '=', 'typical-case.create').execute();
    expect(audit).toHaveLength(1);
  });

  it('users write up their own; reviewers may, read-only users may not; search by words and by PI type', async () => {
    const rev = await h.as('revA');
    const own = await rev.call<TypicalCase>('POST', '/api/typical-cases', {
      title: 'App over-collection of Location data',
      summary: 'An app collected precise location without consent; 100% of users affected_all.',
      legalBasis: 'PIPL Art. 13',
      outcome: 'Administrative penalty',
      piTypes: ['PI.LOC.TRAVEL'],
      subjectType: 'app',
    });
    expect(own.status).toBe(201);
    expect(own.body).toMatchObject({ caseId: null, owned: true, piTypes: ['PI.LOC.TRAVEL'] });
    const ro = await h.as('roA');
    expect((await ro.call('POST', '/api/typical-cases', { ...body, title: 'x' })).status).toBe(403);
    expect((await ro.call('GET', '/api/typical-cases')).body.typicalCases).toHaveLength(2);
    expect((await rev.call('POST', '/api/typical-cases', { ...body, title: 'x', piTypes: ['NOT.A.TYPE'] })).status).toBe(400);

    const titles = async (query: string): Promise<string[]> =>
      ((await a.call<{ typicalCases: TypicalCase[] }>('GET', `/api/typical-cases?${query}`)).body.typicalCases ?? []).map((t) => t.title);
    expect(await titles(`q=${encodeURIComponent('LOCATION')}`)).toEqual(['App over-collection of Location data']);
    expect(await titles(`q=${encodeURIComponent('资助名单')}`)).toEqual(['某网站泄露学生信息案']);
    expect(await titles(`q=${encodeURIComponent('整改复查')}`)).toEqual(['某网站泄露学生信息案']);
    expect(await titles(`q=${encodeURIComponent('100%')}`)).toEqual(['App over-collection of Location data']);
    // % and _ are taken literally, not as wildcards.
    expect(await titles(`q=${encodeURIComponent('1%0')}`)).toEqual([]);
    expect(await titles(`q=${encodeURIComponent('d_all')}`)).toEqual(['App over-collection of Location data']);
    expect(await titles(`q=${encodeURIComponent('d_a')}`)).toEqual(['App over-collection of Location data']);
    expect(await titles(`q=${encodeURIComponent('e_a')}`)).toEqual([]);
    expect(await titles('piType=PI.ID.RIC')).toEqual(['某网站泄露学生信息案']);
    expect(await titles('piType=PI.ID')).toEqual([]);
  });

  it('another unit sees a typical case only once it is shared, cannot change it, and does not learn the case it came from', async () => {
    const missing = await b.call('GET', '/api/typical-cases/00000000-0000-4000-8000-000000000000');
    const hidden = await b.call('GET', `/api/typical-cases/${promoted}`);
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual(missing.body);
    expect((await b.call('GET', '/api/typical-cases')).body).toEqual({ typicalCases: [] });

    const shared = await a.call<TypicalCase>('PATCH', `/api/typical-cases/${promoted}`, { shared: true, outcome: '整改完毕' });
    expect(shared.body).toMatchObject({ shared: true, outcome: '整改完毕', summary: expect.not.stringContaining(raw) });
    const seen = await b.call<TypicalCase>('GET', `/api/typical-cases/${promoted}`);
    expect(seen.body).toMatchObject({ id: promoted, owned: false, caseId: null, shared: true });
    expect((await b.call('PATCH', `/api/typical-cases/${promoted}`, { outcome: '改写' })).status).toBe(404);
    const bOwn = await b.call('POST', '/api/typical-cases', { ...body, title: '乙单位案例' });
    expect(bOwn.status).toBe(201);
    const bList = (await b.call<{ typicalCases: TypicalCase[] }>('GET', '/api/typical-cases')).body.typicalCases.map((t) => t.title);
    expect(bList.sort()).toEqual(['乙单位案例', '某网站泄露学生信息案'].sort());
    const aList = (await a.call<{ typicalCases: TypicalCase[] }>('GET', '/api/typical-cases')).body.typicalCases.map((t) => t.title);
    expect(aList).not.toContain('乙单位案例');

    expect((await a.call('GET', '/api/dashboard')).body).toMatchObject({ typicalCases: 2, typicalCasesOwn: 2 });
    expect((await b.call('GET', '/api/dashboard')).body).toMatchObject({ typicalCases: 2, typicalCasesOwn: 1 });
  });
});
