import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScan } from '../../src/scan/create-scan.js';
import { webSource } from '../../src/sources/web/web-source.js';
import type { ScanFinding } from '../../src/scan/scan-finding.js';
import type { ScanIssue } from '../../src/scan-issue.js';
import { startTestSite, type TestSite } from './test-site.js';

// The real captured pages live beside the project (../shared/data/pages), never in it: a user's clone has
// none, so this suite skips loudly without them. PIGUARD_SHARED_PAGES points elsewhere.
const PAGES = process.env.PIGUARD_SHARED_PAGES ?? fileURLToPath(new URL('../../../../../shared/data/pages', import.meta.url));
const present = existsSync(PAGES);
if (!present) console.warn(`\n*** shared-pages.test.ts: SKIPPED, no captured pages at ${PAGES} ***\n`);

let site: TestSite;
const names: string[] = [];

beforeAll(async () => {
  site = await startTestSite();
  if (!present) return;
  for (const name of (await readdir(PAGES)).sort()) {
    names.push(name);
    // The captured text, one paragraph a line, served as HTML with no charset declared anywhere: the
    // crawler has to find the encoding itself.
    const text = await readFile(join(PAGES, name), 'utf8');
    const body = text
      .split('\n')
      .map((line) => `<p>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`)
      .join('\n');
    site.routes.set(`/${name}`, {
      headers: { 'content-type': 'text/html' },
      body: Buffer.from(`<!doctype html><html><body>${body}</body></html>`),
    });
  }
});
afterAll(() => site.close());

describe.skipIf(!present)('real captured pages served from the local site', () => {
  it('decode without replacement characters; inline pinyin removed, mojibake repaired, injected spam lists dropped', async () => {
    for (const name of names) {
      let text = '';
      for await (const f of webSource(`${site.origin}/${name}`, { allowPrivate: ['127.0.0.1'], delayMs: 0, robots: false }).fragments({
        issue: () => {},
      }))
        text += f.text;
      expect(text.length).toBeGreaterThan(500);
      expect(text).not.toContain('\uFFFD');
      expect(text).not.toMatch(/個\(gè\)人/);
      // Mojibake runs repaired, keyword-list spam dropped.
      expect(text).not.toMatch(/瀹樻柟|涓嬭浇/);
      expect(text).not.toMatch(/一级毛片|免费电影/);
      expect(/个人信息|個人信息|personal (data|information)/i.test(text)).toBe(true);
    }
  });

  it('give no identifier findings on news text', async () => {
    const scan = createScan({
      workers: 0,
      secret: new Uint8Array(32).fill(1),
      web: { allowPrivate: ['127.0.0.1'], delayMs: 0, robots: false },
    });
    const findings: ScanFinding[] = [];
    const issues: ScanIssue[] = [];
    await scan.run(
      names.map((n) => `${site.origin}/${n}`),
      { finding: (f) => findings.push(f), issue: (i) => issues.push(i) },
    );
    expect(names.length).toBeGreaterThan(0);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    const ids = findings.filter((f) => f.piType.startsWith('PI.ID.') && f.state === 'exposed');
    expect(ids.map((f) => `${f.source} ${f.piType} ${f.masked}`)).toEqual([]);
    console.log(
      `shared pages: ${names.length} pages, ${findings.length} findings: ${[...new Set(findings.map((f) => f.piType))].join(', ')}`,
    );
  });
});
