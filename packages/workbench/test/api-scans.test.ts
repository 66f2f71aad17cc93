import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mod11_2CheckChar } from '@piguard/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { createApp } from '../src/api/create-app.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { type ApiClient, harness } from './api-harness.js';

/** A resident ID number with a correct check character, generated (never a real person's). */
function residentId(birth: string, seq: number): string {
  const body = `110105${birth}${String(seq).padStart(3, '0')}`;
  return body + (mod11_2CheckChar(body) ?? '');
}

describe('workbench API: scans as background jobs, masked findings, a lead from a scan', () => {
  const dir = mkdtempSync(join(tmpdir(), 'piguard-wb-scan-'));
  const ids = [
    ...Array.from({ length: 30 }, (_, i) => residentId('19850312', 100 + i)),
    ...Array.from({ length: 5 }, (_, i) => residentId('20180601', 200 + i)),
  ];
  let store: Store;
  let a: ApiClient;
  let b: ApiClient;
  let runner: ReturnType<typeof createApp>['deps']['jobs'];

  beforeAll(async () => {
    writeFileSync(join(dir, 'roster.csv'), `序号,身份证号\n${ids.map((id, i) => `${i + 1},${id}`).join('\n')}\n`);
    store = await openStore({ memory: true });
    const h = await harness(store, {
      scans: { fileRoots: [dir], secret: new Uint8Array(32).fill(7) },
      uploads: { dir: join(dir, 'uploads'), maxBytes: 4096 },
    });
    runner = h.deps.jobs;
    a = await h.as('invA');
    b = await h.as('invB');
  });
  afterAll(async () => {
    await runner.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function finished(id: string): Promise<Record<string, unknown>> {
    await runner.settled(id);
    return (await a.call('GET', `/api/scans/${id}`)).body;
  }

  it('scans a folder in the background, stores masked findings only, and counts the people', async () => {
    const started = await a.call('POST', '/api/scans', { targets: [dir] });
    expect(started.status).toBe(201);
    expect(started.body).toMatchObject({ status: 'queued', kind: 'files' });
    const done = await finished(started.body.id as string);
    expect(done).toMatchObject({ status: 'done', progress: { files: 1 }, summary: { people: { distinct: 35, minors: 5 } } });
    const findings = await a.call<{ findings: { piType: string; masked: string; fingerprint: string }[] }>(
      'GET',
      `/api/scans/${started.body.id as string}/findings?limit=1000`,
    );
    expect(findings.body.findings).toHaveLength(35);
    expect(findings.body.findings.every((f) => f.piType === 'PI.ID.RIC' && /[*＊]/.test(f.masked) && f.fingerprint.length > 0)).toBe(true);
    const everything = JSON.stringify(await store.db.selectFrom('scan_findings').selectAll().execute()) + JSON.stringify(done);
    for (const id of ids) expect(everything).not.toContain(id);

    const lead = await a.call('POST', `/api/scans/${started.body.id as string}/lead`, {
      title: '某小学名单外泄',
      subject: { name: '某小学', type: 'agency' },
    });
    expect(lead.status).toBe(201);
    expect(lead.body).toMatchObject({
      sourceKind: 'scan',
      piTypes: ['PI.ID.RIC'],
      peopleAffected: 35,
      minors: 5,
      riskLevel: 'high',
      scanId: started.body.id,
    });
    expect((lead.body.scaleBand as string).startsWith('S')).toBe(true);
  });

  it('a source that cannot be read is an issue of the job, not its failure', async () => {
    const started = await a.call('POST', '/api/scans', { targets: [join(dir, 'missing.csv'), join(dir, 'roster.csv')] });
    const done = await finished(started.body.id as string);
    expect(done.status).toBe('done');
    expect((done.summary as { issueList: unknown[] }).issueList).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(done.summary).toMatchObject({ people: { distinct: 35 } });
  });

  it('refuses files outside the scan folders and non-web URLs, naming the target', async () => {
    const r = await a.call('POST', '/api/scans', { targets: ['https://example.com/', '/etc/passwd', 'file:///etc/passwd'] });
    expect(r.status).toBe(400);
    expect((r.body.error as { issues: { path: string }[] }).issues.map((i) => i.path)).toEqual(['body.targets.1', 'body.targets.2']);
    expect(await store.db.selectFrom('scans').select('id').where('targets', 'like', '%passwd%').execute()).toEqual([]);
  });

  it('the rectification check re-scans the sources and puts reduced, then gone, on the timeline', async () => {
    const site = join(dir, 'site');
    mkdirSync(site);
    writeFileSync(join(site, 'list.csv'), `身份证号\n${ids.slice(0, 10).join('\n')}\n`);
    const scan = await a.call('POST', '/api/scans', { targets: [site] });
    await finished(scan.body.id as string);
    const lead = await a.call('POST', `/api/scans/${scan.body.id as string}/lead`, {
      title: '复查',
      subject: { name: '某站', type: 'website' },
    });
    const kase = await a.call('POST', '/api/cases', { title: '复查案', kind: 'administrative', leadIds: [lead.body.id] });
    const caseId = kase.body.id as string;

    writeFileSync(join(site, 'list.csv'), `身份证号\n${ids.slice(0, 3).join('\n')}\n`);
    const first = await a.call('POST', `/api/cases/${caseId}/recheck`);
    expect(first).toMatchObject({ status: 201, body: { before: { findings: 10, people: 10 } } });
    await runner.settled(first.body.scanId as string);
    writeFileSync(join(site, 'list.csv'), '身份证号\n');
    const second = await a.call('POST', `/api/cases/${caseId}/recheck`);
    await runner.settled(second.body.scanId as string);

    const detail = await a.call<{ timeline: { kind: string; title: string }[] }>('GET', `/api/cases/${caseId}`);
    expect(detail.body.timeline.filter((e) => e.kind === 'rectification-check').map((e) => e.title)).toEqual(['reduced', 'gone']);
    expect((await b.call('POST', `/api/cases/${caseId}/recheck`)).status).toBe(404);
  });

  it('scans an upload as a job, refuses one over the size limit and keeps nothing of it', async () => {
    const csv = `身份证号\n${ids.slice(0, 4).join('\n')}\n`;
    const up = await a.call('POST', '/api/uploads?name=../../名单.csv', csv, { 'content-type': 'application/octet-stream' });
    expect(up).toMatchObject({ status: 201, body: { kind: 'upload', status: 'queued' } });
    const done = await finished(up.body.id as string);
    expect(done).toMatchObject({ status: 'done', summary: { people: { distinct: 4 } } });
    expect((done.targets as string[])[0]).toBe(join(dir, 'uploads', up.body.id as string, '名单.csv'));

    const big = await a.call('POST', '/api/uploads?name=big.csv', 'x'.repeat(5000), { 'content-type': 'application/octet-stream' });
    expect(big).toMatchObject({ status: 413, body: { error: { code: 'E_TOO_LARGE' } } });
    expect((await a.call('POST', '/api/uploads', 'x', { 'content-type': 'application/octet-stream' })).status).toBe(400);
    const scans = await store.db.selectFrom('scans').select('id').where('kind', '=', 'upload').execute();
    expect(scans).toHaveLength(1);
  });

  it('another unit sees none of the scans', async () => {
    expect((await b.call('GET', '/api/scans')).body).toEqual({ scans: [] });
    const mine = (await a.call<{ scans: { id: string }[] }>('GET', '/api/scans')).body.scans[0]?.id ?? '';
    expect((await b.call('GET', `/api/scans/${mine}`)).status).toBe(404);
    expect((await b.call('GET', `/api/scans/${mine}/findings`)).status).toBe(404);
    expect((await b.call('POST', `/api/scans/${mine}/lead`, { title: 't', subject: { name: 's', type: 'other' } })).status).toBe(404);
  });
});
