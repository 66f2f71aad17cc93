// Crawl throughput on the local test site: `npx tsx packages/scan/test/web/crawl-throughput.ts [pages]`.
// Generates a site of linked pages (a 50-row disclosure table each), crawls it with no politeness delay,
// first fetching and extracting only, then as a full scan, and prints pages/s and peak RSS as Markdown.
import { createScan } from '../../src/scan/create-scan.js';
import { webSource } from '../../src/sources/web/web-source.js';
import { residentId, startTestSite } from './test-site.js';

const pages = Number(process.argv[2] ?? 500);
const site = await startTestSite();
for (let i = 0; i < pages; i++) {
  const rows = Array.from({ length: 50 }, (_, r) => {
    const seq = String((i * 50 + r) % 1000).padStart(3, '0');
    return `<tr><td>申请人${r}</td><td>${residentId('110101', '19900307', seq)}</td><td>13800138000</td></tr>`;
  }).join('');
  const links = [1, 2, 3].map((k) => `<a href="/p${(i + k) % pages}.html">下一页</a>`).join(' ');
  site.routes.set(`/p${i}.html`, {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html><head><title>公示 ${i}</title></head><body><nav>${links}</nav><table>${rows}</table><p>${links}</p></body></html>`,
  });
}
const options = { allowPrivate: ['127.0.0.1'], delayMs: 0, robots: false, crawl: true, depth: 1_000_000, maxPages: pages } as const;

let t = performance.now();
let fetched = 0;
for await (const _ of webSource(`${site.origin}/p0.html`, options).fragments({ issue: () => {}, opened: () => void fetched++ })) {
  // Fragments are only counted: this pass measures fetching, decoding and extraction.
}
const crawlS = (performance.now() - t) / 1000;

t = performance.now();
let findings = 0;
const scan = createScan({ workers: 0, secret: new Uint8Array(32).fill(9), web: options });
await scan.run([`${site.origin}/p0.html`], { finding: () => void findings++, issue: () => {} });
const scanS = (performance.now() - t) / 1000;
await site.close();

const rssMiB = process.resourceUsage().maxRSS / 1024;
console.log(`| crawl only (fetch, decode, extract) | ${fetched} | ${crawlS.toFixed(2)} s | ${(fetched / crawlS).toFixed(0)} pages/s |`);
console.log(
  `| crawl + scan (analysis in one thread) | ${pages} | ${scanS.toFixed(2)} s | ${(pages / scanS).toFixed(0)} pages/s (${findings} findings) |`,
);
console.log(`| peak RSS of the process | | | ${rssMiB.toFixed(0)} MiB |`);
