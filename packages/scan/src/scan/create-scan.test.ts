import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanIssue } from '../scan-issue.js';
import { createScan } from './create-scan.js';
import type { ScanFinding } from './scan-finding.js';
import type { ScanOptions } from './scan-options.js';

const SECRET = new Uint8Array(32).fill(7);
const TYPES = ['CN_RIC18', 'CN_MOBILE', 'EMAIL'];
const NOW = new Date('2026-01-01T00:00:00Z');
let dir: string;

function ric(i: number, year = 1980): string {
  const day = String((i % 28) + 1).padStart(2, '0');
  return generateRic18('110105', `${year}01${day}`, String(100 + (i % 900)).padStart(3, '0'));
}

function mobile(i: number): string {
  return `138${String(i).padStart(8, '0')}`;
}

async function run(targets: string[], options: ScanOptions = {}) {
  const findings: ScanFinding[] = [];
  const issues: ScanIssue[] = [];
  // Only the recognisers these cases are about, so that new recognisers in core do not move the counts.
  const scan = createScan({ secret: SECRET, now: NOW, workers: 0, types: TYPES, ...options });
  const summary = await scan.run(targets, { finding: (f) => findings.push(f), issue: (i) => issues.push(i) });
  return { findings, issues, summary };
}

const brief = (f: ScanFinding) => `${f.source}:${f.line}:${f.column} ${f.start}-${f.end} ${f.entity} ${f.class} ${f.fingerprint}`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-scan-'));
  const people = Array.from({ length: 40 }, (_, i) => `员工${i} 身份证 ${ric(i)} 手机 ${mobile(i)}`).join('\n');
  await writeFile(join(dir, 'staff.txt'), `${people}\n`);
  await writeFile(join(dir, 'gbk.txt'), iconv.encode(`客户 身份证号码：${ric(99)}\n\n联系电话 ${mobile(99)}\n`, 'gbk'));
  await writeFile(join(dir, 'notes.md'), `# Notes\n\nContact: someone@example.com, ID ${ric(5)}\n\nNothing here.\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('createScan', () => {
  it('validates its options once', () => {
    expect(() => createScan({ workers: -1 })).toThrow(/workers/);
    expect(() => createScan({ minScore: 2 })).toThrow(/minScore/);
    expect(() => createScan({ chunkChars: 10 })).toThrow(/chunkChars/);
    expect(() => createScan({ peopleInMemory: 0 })).toThrow(/peopleInMemory/);
    expect(() => createScan({ types: ['NO_SUCH_TYPE'] })).toThrow(/select no recogniser/);
    expect(createScan({ types: ['sensitive'] }).recognizers.length).toBeGreaterThan(0);
    expect(Object.isFrozen(createScan({ workers: 0 }))).toBe(true);
  });

  it('locates findings by line and column and counts people', async () => {
    const { findings, summary, issues } = await run([dir]);
    expect(issues).toEqual([]);
    const first = findings.find((f) => f.source.endsWith('staff.txt') && f.entity === 'CN_RIC18');
    expect(first).toMatchObject({ line: 1, column: 9, value: ric(0) });
    expect(first?.fingerprint).toMatch(/^[A-Za-z0-9_-]{8,}$/);
    // 40 rows of the staff list are 40 people; notes.md repeats person 5; the GBK file holds an ID and a
    // phone in two blocks (two records), which nothing links: two people.
    expect(summary.people.distinct).toBe(42);
    expect(summary.files).toBe(3);
    expect(findings.filter((f) => f.source.endsWith('gbk.txt')).map((f) => f.entity)).toEqual(['CN_RIC18', 'CN_MOBILE']);
  });

  it('gives the same findings, in the same order, with a pool of workers as in one thread', async () => {
    const inline = await run([dir], { workers: 0, chunkChars: 1024 });
    const pooled = await run([dir], { workers: 2, chunkChars: 1024, inlineChars: 0 });
    expect(pooled.findings.map(brief)).toEqual(inline.findings.map(brief));
    expect(pooled.summary.people).toEqual(inline.summary.people);
    expect(inline.findings.length).toBeGreaterThan(80);
  });

  it('counts the same people when the counter spills past a small bound to its temporary file', async () => {
    const inMemory = await run([dir]);
    const spilled = await run([dir], { peopleInMemory: 5 });
    expect(inMemory.summary.people.distinct).toBeGreaterThan(20);
    expect({ ...spilled.summary, durationMs: 0 }).toEqual({ ...inMemory.summary, durationMs: 0 });
    expect(spilled.findings.map(brief)).toEqual(inMemory.findings.map(brief));
  });

  it('counts identifiers at chunk cuts once, exactly as line by line', async () => {
    // One long line of varied records, so that 1 KB cuts fall everywhere, including inside values. The
    // reference analyses each record alone (no cut at all) and shifts the offsets.
    const records = Array.from({ length: 3000 }, (_, i) => `${'填充'.repeat(i % 13)}身份证${ric(i)}，电话${mobile(i)}${'x'.repeat(i % 7)}`);
    const text = records.join(' ');
    const expected: string[] = [];
    let offset = 0;
    for (const r of records) {
      for (const f of analyze(r, { now: NOW, types: TYPES })) expected.push(`${offset + f.start}-${offset + f.end} ${f.entity}`);
      offset += r.length + 1;
    }
    const path = join(dir, '..', `piguard-cut-${process.pid}.txt`);
    await writeFile(path, text);
    try {
      const { findings } = await run([path], { chunkChars: 1024 });
      expect(findings.map((f) => `${f.start}-${f.end} ${f.entity}`)).toEqual(expected);
      // Every ID, and the mobiles not glued to a letter (one in seven).
      expect(expected.length).toBe(3000 + 429);
      for (const f of findings) expect(text.slice(f.start, f.end)).toBe(f.value);
    } finally {
      await rm(path, { force: true });
    }
  });

  it('reads a 50 MB single line in bounded fragments and finds what sits at the 1 MB cuts', async () => {
    const MB = 1 << 20;
    const size = 50 * MB;
    const buf = Buffer.alloc(size, 'x');
    const placed: number[] = [];
    for (let cut = MB; cut < size; cut += MB) {
      // Straddle the cut: the value starts 9 characters before it.
      const at = cut - 9;
      buf.write(` ${ric(placed.length)} `, at - 1, 'latin1');
      placed.push(at);
    }
    const path = join(dir, '..', `piguard-50mb-${process.pid}.txt`);
    await writeFile(path, buf);
    try {
      const started = performance.now();
      const { findings, issues } = await run([path], { workers: 2, inlineChars: 0 });
      expect(issues).toEqual([]);
      expect(findings.map((f) => f.column)).toEqual(placed.map((p) => p + 1));
      expect(findings.every((f) => f.line === 1 && f.entity === 'CN_RIC18')).toBe(true);
      expect(performance.now() - started).toBeLessThan(60_000);
    } finally {
      await rm(path, { force: true });
    }
  }, 120_000);

  it('reports a missing target and goes on with the others', async () => {
    const { issues, findings } = await run([join(dir, 'missing'), join(dir, 'notes.md')]);
    expect(issues).toEqual([expect.objectContaining({ code: 'E_NOT_FOUND', severity: 'error' })]);
    expect(findings.map((f) => f.entity).sort()).toEqual(['CN_RIC18', 'EMAIL']);
  });

  it('groups a paragraph into one record and a list into one record per line', async () => {
    const { summary } = await run([join(dir, 'notes.md'), join(dir, 'gbk.txt')]);
    // notes.md: 3 blocks, one of them with PI; gbk.txt: 2 blocks (ID and phone split by a blank line).
    expect(summary.records).toBe(5);
    const staff = await run([join(dir, 'staff.txt')]);
    expect(staff.summary.records).toBe(40);
    expect(staff.summary.recordsWithPi).toBe(40);
  });
});
