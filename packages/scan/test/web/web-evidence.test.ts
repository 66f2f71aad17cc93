import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evidenceRecorder } from '../../src/evidence/evidence-recorder.js';
import { openEvidenceStore } from '../../src/evidence/evidence-store.js';
import { exportEvidence } from '../../src/evidence/export-evidence.js';
import { recheckEvidence } from '../../src/evidence/recheck-evidence.js';
import { verifyEvidence } from '../../src/evidence/verify-evidence.js';
import type { Fragment } from '../../src/fragment.js';
import { createScan } from '../../src/scan/create-scan.js';
import { fileInput } from '../../src/sources/file-input.js';
import { readInput } from '../../src/sources/read-input.js';
import type { WebSourceOptions } from '../../src/sources/web/web-options.js';
import { residentId, startTestSite, type TestSite } from './test-site.js';

let site: TestSite;
let dir: string;
const web: WebSourceOptions = { allowPrivate: ['127.0.0.1'], delayMs: 0, retries: 0, robots: false };
const secret = new Uint8Array(32).fill(3);
const ids = [residentId('110101', '19900307', '123'), residentId('320102', '19850612', '456')];
const page = (cells: string[]): { headers: Record<string, string>; body: string } => ({
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body: `<html><body><table>${cells.map((c, i) => `<tr><td>申请人${i}</td><td>身份证号 ${c}</td></tr>`).join('')}</table></body></html>`,
});

beforeAll(async () => {
  site = await startTestSite();
  dir = await mkdtemp(join(tmpdir(), 'piguard-web-evidence-'));
  site.routes.set('/a.html', page(ids));
  site.routes.set('/b.html', page(ids));
  site.routes.set('/c.html', page(ids));
});
afterAll(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

describe('web evidence: capture, verify, export, recheck', () => {
  it('stores each page with status, headers and masked findings; the chain verifies', async () => {
    const store = await openEvidenceStore(dir, { operator: 'investigator-1' });
    const recorder = evidenceRecorder(store);
    const scan = createScan({ workers: 0, secret, types: ['PI.ID.RIC'], web: { ...web, capture: store.capture } });
    await scan.run(
      ['a', 'b', 'c', 'missing'].map((p) => `${site.origin}/${p}.html`),
      { finding: (f) => recorder.finding(f), issue: (i) => recorder.issue(i) },
    );
    await recorder.flush();
    const log = await readFile(join(dir, 'log.jsonl'), 'utf8');
    for (const id of ids) expect(log).not.toContain(id);
    const entries = store.entries();
    const capture = entries.find((e) => e.type === 'capture');
    expect(capture).toMatchObject({
      kind: 'page',
      status: 200,
      method: 'GET',
      operator: 'investigator-1',
      headers: expect.objectContaining({ 'content-type': 'text/html; charset=utf-8' }),
    });
    const findings = entries.filter((e) => e.type === 'findings');
    expect(findings.map((f) => (f.type === 'findings' ? [f.findings.length, f.people, f.capture] : []))).toEqual([
      [2, 2, capture?.type === 'capture' ? capture.sha256 : ''],
      [2, 2, expect.any(String)],
      [2, 2, expect.any(String)],
    ]);
    // The 404 is kept (its body is a capture) and noted.
    expect(
      entries.filter((e) => e.type === 'note').map((e) => (e.type === 'note' ? [e.source.replace(site.origin, ''), e.code] : [])),
    ).toEqual([['/missing.html', 'E_NOT_FOUND']]);
    expect(await verifyEvidence(dir)).toMatchObject({ ok: true, captures: 2 });
  });

  it('exports a pack with captures, manifest, findings and a bilingual report', async () => {
    const out = join(dir, '..', `pack-${process.pid}.zip`);
    const result = await exportEvidence(dir, out, new Date('2026-03-01T00:00:00Z'));
    expect(result.verdict.ok).toBe(true);
    const size = (await readFile(out)).length;
    const fragments: Fragment[] = [];
    const input = await fileInput(out, out, size);
    for await (const f of readInput(input, { issue: () => {} }, {})) fragments.push(f);
    const names = new Set(fragments.map((f) => f.source.split('!/')[1]));
    for (const n of ['log.jsonl', 'manifest.json', 'findings.json', 'report.html'])
      expect([...names].some((x) => x?.endsWith(n))).toBe(true);
    const report = fragments
      .filter((f) => f.source.endsWith('report.html'))
      .map((f) => f.text)
      .join('');
    expect(report).toContain('完整性校验通过');
    expect(report).toContain('Integrity verified');
    // Three pages list the same two people: counted once.
    expect(report).toMatch(/distinct identity numbers\): 2\b/);
    expect(report).toContain(`${site.origin}/a.html`);
    for (const id of ids) expect(report).not.toContain(id);
    await rm(out, { force: true });
  });

  it('rechecks: masked now is reduced, removed is gone, unchanged is still there', async () => {
    site.routes.set(
      '/a.html',
      page([`${ids[0]?.slice(0, 6)}********${ids[0]?.slice(14)}`, `${ids[1]?.slice(0, 6)}********${ids[1]?.slice(14)}`]),
    );
    site.routes.delete('/b.html');
    const results = await recheckEvidence(dir, { secret, types: ['PI.ID.RIC'], web }, { operator: 'investigator-2' });
    const by = Object.fromEntries(results.map((r) => [r.source.replace(site.origin, ''), r]));
    expect(by['/a.html']).toMatchObject({ status: 'reduced', before: { exposed: 2 }, now: { exposed: 0, findings: 2 } });
    expect(by['/b.html']).toMatchObject({ status: 'gone' });
    expect(by['/c.html']).toMatchObject({ status: 'still-there', now: { exposed: 2 } });
    expect(await verifyEvidence(dir)).toMatchObject({ ok: true });
  });
});
