import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fragment } from '../../src/fragment.js';
import { createScan } from '../../src/scan/create-scan.js';
import type { ScanFinding } from '../../src/scan/scan-finding.js';
import type { ScanIssue } from '../../src/scan-issue.js';
import type { WebSourceOptions } from '../../src/sources/web/web-options.js';
import { webSource } from '../../src/sources/web/web-source.js';
import { BIG5_ID, EXPOSED_IDS, generatedRoutes, residentId, startTestSite, type TestSite } from './test-site.js';

let site: TestSite;
const base: WebSourceOptions = { allowPrivate: ['127.0.0.1'], delayMs: 0, retries: 0, backoffMs: 10, timeoutMs: 3000 };

async function collect(url: string, options: WebSourceOptions): Promise<{ fragments: Fragment[]; issues: ScanIssue[] }> {
  const fragments: Fragment[] = [];
  const issues: ScanIssue[] = [];
  for await (const f of webSource(url, options).fragments({ issue: (i) => issues.push(i) })) fragments.push(f);
  return { fragments, issues };
}

beforeAll(async () => {
  site = await startTestSite();
  // A private address other than the one the tests allow; the guard must refuse it before connecting.
  for (const [path, route] of await generatedRoutes(`http://127.0.0.2:${site.port}/inside`)) site.routes.set(path, route);
});
afterAll(() => site.close());

describe('webSource on the generated site', () => {
  it('scans one page: exposed and masked resident IDs, no script, style, navigation or hidden spam', async () => {
    const { fragments } = await collect(`${site.origin}/list.html`, base);
    const text = fragments.map((f) => f.text).join('\n');
    for (const id of EXPOSED_IDS) expect(text).toContain(id);
    expect(text).toContain('110101********1234');
    expect(text).not.toContain('博彩');
    expect(text).not.toContain('should-not-appear');
    expect(text).not.toContain('color:red');
    expect(text).not.toContain('新闻');
    expect(fragments.every((f) => f.source === `${site.origin}/list.html`)).toBe(true);
    const scan = createScan({ workers: 0, types: ['PI.ID.RIC'], web: base, secret: new Uint8Array(32).fill(7) });
    const findings: ScanFinding[] = [];
    await scan.run([`${site.origin}/list.html`], { finding: (f) => findings.push(f), issue: () => {} });
    const exposed = findings.filter((f) => f.state === 'exposed').map((f) => f.value);
    expect(exposed.sort()).toEqual([...EXPOSED_IDS].sort());
    expect(findings.filter((f) => f.state !== 'exposed').length).toBe(2);
  });

  it('decodes a GBK page that names its charset only in <meta>, and an undeclared Big5 page', async () => {
    const gbk = await collect(`${site.origin}/gbk.html`, base);
    expect(gbk.fragments.map((f) => f.text).join('')).toContain(`员工通讯录 身份证号：${residentId('110105', '19750815', '234')}`);
    const big5 = await collect(`${site.origin}/big5.html`, base);
    expect(big5.fragments.map((f) => f.text).join('')).toContain('陳大文的身分證字號與電話號碼已經洩漏');
    // Traditional labels count as context: 身分證 next to the number.
    const findings: ScanFinding[] = [];
    await createScan({ workers: 0, types: ['PI.ID.RIC'], web: base, secret: new Uint8Array(32).fill(7) }).run(
      [`${site.origin}/big5.html`],
      {
        finding: (f) => findings.push(f),
        issue: () => {},
      },
    );
    expect(findings.map((f) => [f.value, f.explanation.contextWords.includes('身分證')])).toEqual([[BIG5_ID, true]]);
  });

  it('crawls within the site: robots.txt, no other host, no form, attachments read, redirect to a private address refused', async () => {
    const before = site.requests.length;
    const { fragments, issues } = await collect(`${site.origin}/`, { ...base, crawl: true, depth: 2 });
    const requested = site.requests.slice(before);
    const paths = requested.map((r) => r.path);
    expect(paths).toContain('/robots.txt');
    expect(paths).toEqual(expect.arrayContaining(['/', '/list.html', '/gbk.html', '/big5.html', '/files/investors.xlsx', '/go-private']));
    expect(paths).not.toContain('/private/secret.html');
    expect(paths).not.toContain('/submit');
    expect(requested.every((r) => r.method === 'GET')).toBe(true);
    expect(requested.every((r) => String(r.headers['user-agent']).startsWith('piguard/'))).toBe(true);
    expect(issues.some((i) => i.source.endsWith('/private/secret.html') && /robots/.test(i.message))).toBe(true);
    // The redirect leaves the allowed hosts, so it is refused before anything connects.
    expect(issues.some((i) => i.source.endsWith('/go-private') && i.code === 'E_PERMISSION')).toBe(true);
    const xlsx = fragments
      .filter((f) => f.source.endsWith('/investors.xlsx'))
      .map((f) => f.text)
      .join('\n');
    expect(xlsx).toContain(residentId('510104', '19791224', '311'));
    expect(fragments.some((f) => f.source.startsWith('http://example.invalid'))).toBe(false);
  });

  it('refuses a redirect to a private address even when its host is allowed', async () => {
    const { issues } = await collect(`${site.origin}/go-private`, { ...base, robots: false, allowedHosts: [`127.0.0.2:${site.port}`] });
    expect(issues).toEqual([expect.objectContaining({ code: 'E_PERMISSION', message: expect.stringMatching(/private or local/) })]);
  });

  it('refuses loopback without --allow-private', async () => {
    const before = site.requests.length;
    const { issues } = await collect(`${site.origin}/list.html`, { ...base, allowPrivate: false });
    expect(issues).toEqual([
      expect.objectContaining({
        source: `${site.origin}/list.html`,
        code: 'E_PERMISSION',
        message: expect.stringMatching(/private or local/),
      }),
    ]);
    expect(site.requests.length).toBe(before);
  });

  it('fetches nothing from a site whose robots.txt answers 5xx', async () => {
    const other = await startTestSite(
      new Map([
        ['/robots.txt', { status: 503 }],
        ['/a.html', { headers: { 'content-type': 'text/html' }, body: '<p>a</p>' }],
      ]),
    );
    try {
      const { fragments, issues } = await collect(`${other.origin}/a.html`, base);
      expect(fragments).toEqual([]);
      // robots.txt is retried once; the page itself is never requested.
      expect(new Set(other.requests.map((r) => r.path))).toEqual(new Set(['/robots.txt']));
      expect(issues.map((i) => i.code)).toContain('E_PERMISSION');
    } finally {
      await other.close();
    }
  });

  it('decodes gzip bodies and caps the decompressed size (a compression bomb stops at the cap)', async () => {
    site.routes.set('/gz.html', {
      headers: { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' },
      body: gzipSync('<p>压缩页面 正文</p>'),
    });
    const gz = await collect(`${site.origin}/gz.html`, { ...base, robots: false });
    expect(gz.fragments.map((f) => f.text).join('')).toBe('压缩页面 正文');
    site.routes.set('/bomb.html', {
      headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' },
      body: gzipSync(Buffer.alloc(50_000_000, 0x41)),
    });
    const bomb = await collect(`${site.origin}/bomb.html`, { ...base, robots: false, maxPageBytes: 100_000 });
    expect(bomb.issues.map((i) => i.code)).toContain('E_TOO_LARGE');
    // What each fragment owns (fragments also carry their neighbours' text as context at a cut).
    const owned = bomb.fragments.map((f) => f.text.slice(f.overlap?.before ?? 0, f.text.length - (f.overlap?.after ?? 0)));
    expect(owned.join('').length).toBeLessThanOrEqual(100_000);
  });

  it('keeps to the page limit and the politeness delay', async () => {
    const started = Date.now();
    const before = site.requests.length;
    await collect(`${site.origin}/`, { ...base, crawl: true, maxPages: 3, delayMs: 150, robots: false });
    expect(site.requests.length - before).toBe(3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
  });

  it('retries a 503 with backoff, times out a silent server, caps response sizes', async () => {
    site.routes.set('/flaky', (n) => (n === 1 ? { status: 503 } : { headers: { 'content-type': 'text/html' }, body: '<p>恢复正常</p>' }));
    const flaky = await collect(`${site.origin}/flaky`, { ...base, retries: 2, robots: false });
    expect(flaky.fragments.map((f) => f.text).join('')).toContain('恢复正常');
    site.routes.set('/slow', { hang: true });
    const slow = await collect(`${site.origin}/slow`, { ...base, timeoutMs: 300, robots: false });
    expect(slow.issues.map((i) => i.code)).toEqual(['E_TIMEOUT']);
    site.routes.set('/huge', { headers: { 'content-type': 'text/html' }, body: `<p>${'甲'.repeat(1_000_000)}</p>` });
    const huge = await collect(`${site.origin}/huge`, { ...base, maxPageBytes: 10_000, robots: false });
    expect(huge.issues.map((i) => i.code)).toContain('E_TOO_LARGE');
    expect(huge.fragments.map((f) => f.text).join('').length).toBeLessThan(10_000);
  });
});
