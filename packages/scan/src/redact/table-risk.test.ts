import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parsePolicy } from '@piguard/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { measureTableRisk } from './table-risk.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-risk-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// 40 people: birth dates spread over two decades, two sexes, a diagnosis column.
function table(): string {
  const rows = ['出生日期,性别,诊断'];
  for (let i = 0; i < 40; i++) {
    const year = 1980 + (i % 20);
    rows.push(
      `${year}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},${i % 2 ? '男' : '女'},${['flu', 'asthma', 'diabetes'][i % 3]}`,
    );
  }
  return `${rows.join('\n')}\n`;
}

describe('measureTableRisk', () => {
  it('measures k before and after generalising birth dates to the year', async () => {
    const path = join(dir, 't.csv');
    await writeFile(path, table());
    const generalize = parsePolicy({
      version: 1,
      rules: [{ types: ['PI.BASIC.BIRTH'], operator: { kind: 'generalize', date: 'year' } }],
      default: { kind: 'keep' },
    });
    const r = await measureTableRisk(path, { quasi: ['出生日期', '性别'], sensitive: '诊断', after: { policy: generalize } });
    expect(r.before).toMatchObject({ records: 40, k: 1, unique: 40 });
    expect(r.before.uniqueShare).toBe(1);
    expect(r.after?.k).toBe(2);
    expect(r.after?.unique).toBe(0);
    expect(r.after?.l).toBe(2);
  });
  it('suggests quasi-identifiers from detected types and names when none are given', async () => {
    const path = join(dir, 's.csv');
    await writeFile(path, table());
    const r = await measureTableRisk(path, {});
    expect(r.suggested).toBe(true);
    expect(r.quasi).toEqual(['出生日期', '性别']);
  });
  it('names a missing column', async () => {
    const path = join(dir, 'm.csv');
    await writeFile(path, table());
    await expect(measureTableRisk(path, { quasi: ['zip'] })).rejects.toThrow(/no such column: zip/);
  });
});
