import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { mod11_2CheckChar } from '@piguard/core';
import { canonicalJson, type EvidenceEntry, formatReaders } from '@piguard/scan';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readBytes } from '../../scan/test/read-bytes.js';
import type { createApp } from '../src/api/create-app.js';
import { chromiumPath } from '../src/reports/render-pdf.js';
import { UnitEvidence } from '../src/scans/unit-evidence.js';
import type { Store } from '../src/store/open-store.js';
import { ApiClient, harness } from './api-harness.js';
import { storeBackends } from './store-backends.js';

const backends = await storeBackends('workbench case report');
const haveChromium = existsSync(chromiumPath());
if (!haveChromium) {
  if (process.env.CI === 'true') it('chromium present', () => expect.fail(`${chromiumPath()} is missing and CI=true`));
  else console.warn(`\n*** SKIPPED workbench case report PDF checks: ${chromiumPath()} not found ***\n`);
}

/** A resident ID number with a correct check character, generated (never a real person's). */
function residentId(birth: string, seq: number): string {
  const body = `110105${birth}${String(seq).padStart(3, '0')}`;
  return body + (mod11_2CheckChar(body) ?? '');
}

/** The files of a zip (local headers carry the sizes in this writer's archives). */
function unzip(zip: Buffer): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  let at = 0;
  while (zip.readUInt32LE(at) === 0x04034b50) {
    const method = zip.readUInt16LE(at + 8);
    const size = zip.readUInt32LE(at + 18);
    const nameLength = zip.readUInt16LE(at + 26);
    const extra = zip.readUInt16LE(at + 28);
    const name = zip.subarray(at + 30, at + 30 + nameLength).toString('utf8');
    const data = zip.subarray(at + 30 + nameLength + extra, at + 30 + nameLength + extra + size);
    files.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 30 + nameLength + extra + size;
  }
  return files;
}

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

/** The text layer of a PDF, read by piguard's own PDF reader. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const reader = formatReaders.find((r) => r.id === 'pdf');
  if (!reader) throw new Error('no pdf reader');
  const { fragments, issues } = await readBytes(reader, 'report.pdf', bytes);
  expect(issues).toEqual([]);
  return fragments.map((f) => f.text).join('\n');
}

describe.each(backends)('workbench API: case report and evidence pack on $name', (backend) => {
  const dir = mkdtempSync(join(tmpdir(), 'piguard-wb-report-'));
  const ids = [
    ...Array.from({ length: 20 }, (_, i) => residentId('19850312', 100 + i)),
    ...Array.from({ length: 4 }, (_, i) => residentId('20180601', 200 + i)),
  ];
  const typed = residentId('19700101', 555);
  const sha = 'c'.repeat(64);
  let store: Store;
  let app: ReturnType<typeof createApp>['app'];
  let runner: ReturnType<typeof createApp>['deps']['jobs'];
  let a: ApiClient;
  let b: ApiClient;
  let caseId = '';
  let rosterBytes = Buffer.alloc(0);
  const title = '某小学网站公示学生身份证号案';

  /** A GET that keeps the body as bytes (reports are not JSON). */
  const fetchAs = async (client: ApiClient, path: string): Promise<{ status: number; type: string; headers: Headers; bytes: Buffer }> => {
    const res = await app.request(path, { headers: client.cookie ? { cookie: client.cookie } : {} });
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      headers: res.headers,
      bytes: Buffer.from(await res.arrayBuffer()),
    };
  };

  beforeAll(async () => {
    writeFileSync(join(dir, 'roster.csv'), `序号,身份证号\n${ids.map((id, i) => `${i + 1},${id}`).join('\n')}\n`);
    store = await backend.open();
    const h = await harness(store, {
      scans: { fileRoots: [dir], secret: new Uint8Array(32).fill(9), evidence: new UnitEvidence(join(dir, 'evidence')) },
    });
    app = h.app;
    runner = h.deps.jobs;
    a = await h.as('invA');
    b = await h.as('invB');

    const scan = await a.call('POST', '/api/scans', { targets: [join(dir, 'roster.csv')] });
    await runner.settled(scan.body.id as string);
    rosterBytes = readFileSync(join(dir, 'roster.csv'));
    const lead = await a.call('POST', `/api/scans/${scan.body.id as string}/lead`, {
      title: '某小学名单外泄',
      subject: { name: '某市某小学', type: 'agency', region: '110105' },
    });
    caseId = (await a.call('POST', '/api/cases', { title, kind: 'administrative', leadIds: [lead.body.id] })).body.id as string;
    await a.call('POST', `/api/cases/${caseId}/events`, {
      kind: 'investigation',
      title: '调查核实',
      detail: `网页列出学生身份证号，例如 ${typed}`,
      occurredAt: '2026-01-05T09:00:00+08:00',
    });
    await a.call('POST', `/api/cases/${caseId}/events`, {
      kind: 'recommendation',
      title: '制发检察建议：删除公示页面中的身份证号',
      dueAt: '2026-03-01',
      occurredAt: '2026-01-10T09:00:00+08:00',
    });
    await a.call('POST', `/api/cases/${caseId}/events`, { kind: 'response', title: '书面回复', occurredAt: '2026-02-20T09:00:00+08:00' });
    await a.call('POST', `/api/cases/${caseId}/evidence`, { evidenceRef: 'captures/roster.csv', sha256: sha, description: '公示名单' });
    const attached = await a.call('POST', `/api/cases/${caseId}/evidence/captures`, { scanId: scan.body.id });
    expect(attached.status).toBe(201);
    writeFileSync(join(dir, 'roster.csv'), '序号,身份证号\n');
    const recheck = await a.call('POST', `/api/cases/${caseId}/recheck`);
    await runner.settled(recheck.body.scanId as string);
  }, 60_000);
  afterAll(async () => {
    await runner.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the HTML report holds the case, its lead and harm, the timeline, evidence and rectification, in Chinese, masked', async () => {
    const r = await fetchAs(a, `/api/cases/${caseId}/report`);
    expect(r.status).toBe(200);
    expect(r.type).toBe('text/html; charset=utf-8');
    expect(r.headers.get('content-disposition')).toBe(`attachment; filename="case-${caseId}-report.html"`);
    const html = r.bytes.toString('utf8');
    for (const text of [
      '案件报告',
      title,
      '某小学名单外泄',
      '某市某小学',
      '居民身份证号',
      '行政公益诉讼',
      '制发检察建议：删除公示页面中的身份证号',
      '2026-03-01',
      '2026-02-20',
      '按期',
      sha,
      '整改复查结果',
      '已消除',
      '<td>24</td><td>4</td>',
    ]) {
      expect(html).toContain(text);
    }
    expect(html).toMatch(/<code class="nw">110105\*+\d{3}[\dX]<\/code>/);
    for (const raw of [...ids, typed]) expect(html).not.toContain(raw);
    expect(html).not.toMatch(/<script/i);

    const en = (await fetchAs(a, `/api/cases/${caseId}/report?lang=en`)).bytes.toString('utf8');
    for (const text of ['Case report', 'PRC resident ID number', 'administrative public-interest', 'gone', 'on time']) {
      expect(en.toLowerCase()).toContain(text.toLowerCase());
    }
    expect((await fetchAs(a, `/api/cases/${caseId}/report?format=doc`)).status).toBe(400);
  });

  it.runIf(haveChromium)(
    "the PDF report is a PDF whose text (read by piguard's PDF reader) names the case and holds no raw value",
    async () => {
      const r = await fetchAs(a, `/api/cases/${caseId}/report?format=pdf`);
      expect(r.status).toBe(200);
      expect(r.type).toBe('application/pdf');
      expect(r.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = (await pdfText(r.bytes)).replace(/\s+/g, '');
      expect(text).toContain(title);
      expect(text).toContain('已消除');
      for (const raw of [...ids, typed]) expect(text).not.toContain(raw);
      if (process.env.PIGUARD_REPORT_PDF) writeFileSync(process.env.PIGUARD_REPORT_PDF, r.bytes);
    },
    60_000,
  );

  /** Every file the manifest lists is in the pack with that SHA-256, and the manifest lists every other file. */
  function checkManifest(files: Map<string, Buffer>): { files: { path: string }[]; captures: number; verified?: boolean } {
    const manifest = JSON.parse(files.get('manifest.json')?.toString() ?? '{}') as {
      files: { path: string; sha256: string; size: number }[];
      captures: number;
      verified?: boolean;
    };
    expect(manifest.files.map((f) => f.path).sort()).toEqual([...files.keys()].filter((k) => k !== 'manifest.json').sort());
    for (const f of manifest.files) {
      expect(sha256(files.get(f.path) ?? Buffer.alloc(0))).toBe(f.sha256);
      expect(files.get(f.path)?.length).toBe(f.size);
    }
    return manifest;
  }

  it.runIf(haveChromium)(
    'the evidence pack holds the report in HTML and PDF, the evidence list, the chain check and a manifest whose hashes hold; no capture bytes',
    async () => {
      const r = await fetchAs(a, `/api/cases/${caseId}/evidence-pack?lang=en`);
      expect(r.status).toBe(200);
      expect(r.type).toBe('application/zip');
      const files = unzip(r.bytes);
      expect([...files.keys()].sort()).toEqual(['evidence.json', 'manifest.json', 'report.html', 'report.pdf', 'verification.json']);
      expect(files.get('report.pdf')?.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(JSON.parse(files.get('evidence.json')?.toString() ?? '{}')).toMatchObject({
        case: { id: caseId, title },
        evidence: [{ evidenceRef: 'captures/roster.csv', sha256: sha, description: '公示名单' }, { sha256: sha256(rosterBytes) }],
      });
      expect(checkManifest(files)).toMatchObject({ captures: 0, verified: false });
      // The hand-typed reference is in no chain; the scan's capture is in the unit's chain, intact.
      expect(JSON.parse(files.get('verification.json')?.toString() ?? '{}')).toMatchObject({
        ok: false,
        chain: { ok: true },
        links: [
          { sha256: sha, status: 'not-in-chain' },
          { sha256: sha256(rosterBytes), status: 'intact' },
        ],
      });
      for (const raw of [...ids, typed]) expect(r.bytes.toString('latin1')).not.toContain(raw);
    },
    60_000,
  );

  it.runIf(haveChromium)(
    'captures=1 adds the captures as stored (named by SHA-256) and their chain entries, for the unit that may reveal, audited as a reveal',
    async () => {
      const r = await fetchAs(a, `/api/cases/${caseId}/evidence-pack?captures=1`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-disposition')).toBe(`attachment; filename="case-${caseId}-evidence-pack-captures.zip"`);
      const files = unzip(r.bytes);
      const captures = [...files.keys()].filter((k) => k.startsWith('captures/'));
      expect(captures).toEqual([`captures/${sha256(rosterBytes)}`]);
      for (const path of captures) expect(`captures/${sha256(files.get(path) ?? Buffer.alloc(0))}`).toBe(path);
      expect(files.get(captures[0] ?? '')?.equals(rosterBytes)).toBe(true);
      expect(checkManifest(files)).toMatchObject({ captures: 1, verified: false });
      expect(JSON.parse(files.get('verification.json')?.toString() ?? '{}')).toMatchObject({ chain: { ok: true } });
      const entries = (files.get('chain-entries.jsonl')?.toString() ?? '')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as EvidenceEntry);
      expect(entries.map((e) => e.type)).toEqual(['capture', 'findings']);
      expect(entries[0]).toMatchObject({ type: 'capture', kind: 'file', sha256: sha256(rosterBytes) });
      expect(entries[1]).toMatchObject({ type: 'findings', capture: sha256(rosterBytes) });
      for (const e of entries) {
        const { hash, ...rest } = e;
        expect(sha256(Buffer.from(canonicalJson(rest)))).toBe(hash);
      }
      const audit = await store.db
        .selectFrom('audit_log')
        .select(['actor_id', 'detail'])
        .where('action', '=', 'case.evidence-pack.reveal')
        .where('target_id', '=', caseId)
        .execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]?.detail ?? '{}')).toMatchObject({ captures: [sha256(rosterBytes)] });
    },
    60_000,
  );

  it('captures=1 is refused (403) to a read-only user and to a reviewer, who still get the masked pack; nothing is audited as a reveal', async () => {
    for (const user of ['roA', 'revA']) {
      const client = new ApiClient(app);
      await client.login(user);
      const r = await fetchAs(client, `/api/cases/${caseId}/evidence-pack?captures=1`);
      expect(r.status).toBe(403);
      expect(JSON.parse(r.bytes.toString())).toMatchObject({ error: { code: 'E_FORBIDDEN' } });
      if (haveChromium) expect((await fetchAs(client, `/api/cases/${caseId}/evidence-pack?captures=0`)).status).toBe(200);
    }
    expect((await fetchAs(a, `/api/cases/${caseId}/evidence-pack?captures=yes`)).status).toBe(400);
    const reveals = await store.db.selectFrom('audit_log').select('actor_id').where('action', '=', 'case.evidence-pack.reveal').execute();
    expect(reveals.length).toBe(haveChromium ? 1 : 0);
  });

  it('another unit gets the same 404 as a missing case, until the case is shared; every download is audited', async () => {
    const missing = await fetchAs(b, '/api/cases/00000000-0000-4000-8000-000000000000/report');
    for (const path of ['report', 'report?format=pdf', 'evidence-pack', 'evidence-pack?captures=1']) {
      const hidden = await fetchAs(b, `/api/cases/${caseId}/${path}`);
      expect(hidden.status).toBe(404);
      expect(hidden.bytes.toString()).toBe(missing.bytes.toString());
    }
    expect((await fetchAs(new ApiClient(app), `/api/cases/${caseId}/report`)).status).toBe(401);
    await a.call('POST', `/api/cases/${caseId}/shares`, {
      unitId: (await store.db.selectFrom('units').select('id').where('name', '=', '乙市检察院').executeTakeFirstOrThrow()).id,
    });
    const shared = await fetchAs(b, `/api/cases/${caseId}/report`);
    expect(shared.status).toBe(200);
    const seen = shared.bytes.toString('utf8');
    expect(seen).toContain(title);
    // The other unit cannot read the owning unit's scans or leads, so neither their samples nor their sources.
    expect(seen).not.toContain(dir);
    expect(seen).not.toMatch(/<code class="nw">110105/);
    // The attached capture is listed by its number, kind and SHA-256, without the owning unit's source.
    expect(seen).toContain('evidence #0 file</td>');
    const detail = await b.call('GET', `/api/cases/${caseId}`);
    expect(JSON.stringify(detail.body)).not.toContain(dir);
    expect((await fetchAs(a, `/api/cases/${caseId}/report`)).bytes.toString('utf8')).toContain(dir);
    // Reading a shared case is not revealing the owning unit's captures.
    expect((await fetchAs(b, `/api/cases/${caseId}/evidence-pack?captures=1`)).status).toBe(403);
    const audited = await store.db.selectFrom('audit_log').select(['action', 'detail']).where('target_id', '=', caseId).execute();
    const downloads = audited.filter((e) => e.action.startsWith('case.report') || e.action.startsWith('case.evidence-pack'));
    // Reports: zh, en, pdf, the shared unit's and unit A's again; packs: masked, revealing, and roA's and revA's masked ones.
    expect(downloads.length).toBe(haveChromium ? 9 : 4);
  });
});
