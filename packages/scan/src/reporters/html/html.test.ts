import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRic18 } from '@piguard/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanIssue } from '../../scan-issue.js';
import { createScan, type ScanSummary } from '../../scan/create-scan.js';
import type { ScanFinding } from '../../scan/scan-finding.js';
import type { ReporterOptions } from '../reporter.js';
import { escapeHtml } from './escape-html.js';
import { html } from './html.js';

const HOSTILE = `<img src=x onerror=alert(1)>&"'.txt`;
const CHILD = generateRic18('110105', '20180307', '123');
const ADULTS = Array.from({ length: 12 }, (_, i) => generateRic18('310104', `1985061${i % 10}`, String(400 + i)));
const MOBILES = Array.from({ length: 12 }, (_, i) => `1380000${String(1000 + i)}`);
let dir: string;
let findings: ScanFinding[];
let issues: ScanIssue[];
let summary: ScanSummary;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-html-'));
  const lines = ADULTS.map((id, i) => `员工 身份证 ${id} 手机 ${MOBILES[i]}`);
  await writeFile(join(dir, 'staff.txt'), `${lines.join('\n\n')}\n`);
  await writeFile(join(dir, HOSTILE), `学生 身份证号 ${CHILD}\n`);
  // A zip with a broken central directory: one issue line in the report.
  await writeFile(join(dir, 'broken.zip'), Buffer.from('PK\u0003\u0004 not really a zip'));
  findings = [];
  issues = [];
  const scan = createScan({
    secret: new Uint8Array(32).fill(5),
    now: new Date('2026-01-01T00:00:00Z'),
    workers: 0,
    types: ['CN_RIC18', 'CN_MOBILE'],
  });
  summary = await scan.run([dir], { finding: (f) => findings.push(f), issue: (i) => issues.push(i) });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function render(options: ReporterOptions = {}): string {
  let page = '';
  const reporter = html({ write: (s) => void (page += s) }, { generatedAt: new Date('2026-01-02T03:04:05Z'), ...options });
  for (const f of findings) reporter.finding(f);
  for (const i of issues) reporter.issue(i);
  reporter.end(summary);
  return page;
}

describe('html reporter', () => {
  it('the scan under test found what the page is about', () => {
    expect(findings.length).toBe(25);
    expect(issues.length).toBeGreaterThan(0);
    expect(summary.people.minors).toBe(1);
  });

  it('is one self-contained page: no script, no external resource, a CSP that forbids both', () => {
    const page = render();
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(page.trimEnd().endsWith('</html>')).toBe(true);
    expect(page).not.toMatch(/<script|<link|<iframe|<object|url\(/i);
    // No element of the page has a src or href attribute (the hostile name's own src= is escaped text).
    expect(page).not.toMatch(/<[a-z]+\s[^>]*\b(src|href)=/i);
    expect(page).toContain("default-src 'none'");
    // The only URL is the SVG namespace.
    expect(page.match(/https?:\/\/[^"]+/g)?.every((u) => u === 'http://www.w3.org/2000/svg')).toBe(true);
  });

  it('escapes hostile file names wherever they appear', () => {
    const page = render();
    expect(page).not.toContain('<img');
    expect(page).toContain(escapeHtml(join(dir, HOSTILE)));
    expect(escapeHtml(`a<b>&"'\u0001`)).toBe('a&lt;b&gt;&amp;&quot;&#39;\uFFFD');
  });

  it('holds the summary: people, scale band, minors, types, charts, top locations, issues', () => {
    const page = render();
    expect(page).toContain('<html lang="zh-CN">');
    expect(page).toContain(`<span class="band">${summary.scale.band}</span>`);
    expect(page).toContain('去重后的人数');
    expect(page).toContain(`<b class="">${summary.people.distinct}</b>`);
    expect(page).toContain('<b class="s">1</b>未满十四周岁的人数');
    expect(page).toContain('<code>PI.ID.RIC</code>');
    expect(page).toContain('<code>PI.BASIC.PHONE</code>');
    expect((page.match(/<svg /g) ?? []).length).toBe(2);
    // staff.txt has the most findings, so it heads the top locations.
    const top = page.slice(page.indexOf('发现最多的位置'));
    expect(top.indexOf('staff.txt')).toBeLessThan(top.indexOf(escapeHtml(HOSTILE)));
    expect(page).toContain('broken.zip');
  });

  it('shows masked samples only; raw values need reveal', () => {
    const page = render();
    for (const raw of [CHILD, ...ADULTS, ...MOBILES]) expect(page).not.toContain(raw);
    const sampled = findings.find((f) => f.entity === 'CN_RIC18') as ScanFinding;
    expect(page).toContain(escapeHtml(sampled.masked));
    const revealed = render({ reveal: true });
    expect(revealed).toContain(sampled.value);
    expect(revealed).toContain('--reveal');
  });

  it('speaks English with lang en', () => {
    const page = render({ lang: 'en' });
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('Distinct people');
    expect(page).not.toContain('去重后的人数');
  });
});
