import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateLuhn, generateRic18 } from '@piguard/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScanIssue } from '../scan-issue.js';
import { createScan } from './create-scan.js';
import type { ScanFinding } from './scan-finding.js';
import type { ScanOptions } from './scan-options.js';

// Fragments travel to the pool in batches (about 256 KB or 4096 fragments): these inputs cross several batch
// boundaries inside one CSV and across many small files, and the output must not depend on where they fall.
const SECRET = new Uint8Array(32).fill(5);
const NOW = new Date('2026-01-01T00:00:00Z');
let dir: string;

// Distinct for i below 1,000 (the sequence number), with varied birth dates.
const ric = (i: number): string => generateRic18('310104', `19${70 + (i % 30)}0${1 + (i % 9)}1${i % 10}`, String(i).padStart(3, '0'));
const mobile = (i: number): string =>
  `139${String(i * 7919)
    .padStart(8, '0')
    .slice(-8)}`;
const card = (i: number): string => generateLuhn(`622202${String(i).padStart(9, '0')}`, 16);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-batch-'));
  // 3,000 rows of five cells: about 15,000 fragments, several batches. People repeat every 1,000 rows, so
  // the people counter links rows that sit in different batches.
  const rows = Array.from({ length: 3000 }, (_, i) => {
    const p = i % 1000;
    return `${i},客户${p},${ric(p)},${mobile(p)},${card(p)},user${p}@example.com,备注 ${i % 13}`;
  });
  await writeFile(join(dir, 'people.csv'), `编号,姓名,身份证号,手机,银行卡,email,备注\n${rows.join('\n')}\n`);
  for (let f = 0; f < 60; f++) {
    await writeFile(join(dir, `note-${String(f).padStart(2, '0')}.txt`), `客户 身份证 ${ric(f)}\n电话 ${mobile(f + 5000)}\n\n无关\n`);
  }
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(options: ScanOptions) {
  const findings: ScanFinding[] = [];
  const issues: ScanIssue[] = [];
  const scan = createScan({ secret: SECRET, now: NOW, ...options });
  const summary = await scan.run([dir], { finding: (f) => findings.push(f), issue: (i) => issues.push(i) });
  const { durationMs: _durationMs, ...rest } = summary;
  return { findings, issues, summary: rest };
}

describe('a scan in batches', () => {
  it('gives identical findings and summary in one thread and with two workers', async () => {
    const inline = await run({ workers: 0 });
    const pooled = await run({ workers: 2, inlineChars: 0 });
    expect(inline.issues).toEqual([]);
    expect(pooled.issues).toEqual([]);
    // Every row's ID, mobile and card, and each note's ID and mobile.
    const csv = inline.findings.filter((f) => f.source.endsWith('people.csv'));
    expect(csv.filter((f) => f.entity === 'CN_RIC18')).toHaveLength(3000);
    expect(inline.findings.filter((f) => f.source.endsWith('.txt') && f.entity === 'CN_RIC18')).toHaveLength(60);
    expect(pooled.findings).toEqual(inline.findings);
    expect(pooled.summary).toEqual(inline.summary);
    // 1,000 people in the CSV (rows repeat them); each note holds the ID of one of them (and a new phone in
    // the same record, which joins that person).
    expect(inline.summary.people.distinct).toBe(1000);
    expect(inline.summary.duplicateRecords).toBe(2000);
    expect(inline.summary.files).toBe(61);
  }, 120_000);
});
