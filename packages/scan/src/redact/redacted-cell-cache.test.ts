import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOperatorKeys, defaultPolicy, type Policy, parsePolicy } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redactFile } from './redact-file.js';
import { RedactedCellCache } from './redacted-cell-cache.js';

const keys = createOperatorKeys(Uint8Array.from({ length: 32 }, (_, i) => 7 * i));
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-cell-cache-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// A table that repeats a small population (names, IDs, mobiles, birth dates, notes) row after row, as exports do,
// with cells the cache must not share: a date shifted per person, a masked value, a long note, an empty cell.
function people(rows: number): string[][] {
  const names = ['王小明', '李华', '张伟', '刘芳', '陈静'];
  const out: string[][] = [];
  for (let i = 0; i < rows; i++) {
    const p = i % 7;
    const id = generateRic18(['110105', '330106', '440305'][p % 3] as string, `19${70 + p}0${1 + (p % 9)}1${p}`, `${100 + p}`);
    out.push([
      String(i),
      names[p % names.length] as string,
      id,
      `1380013${String(1000 + p * 37).padStart(4, '0')}`,
      `198${i % 4}-0${1 + (i % 3)}-1${i % 4}`,
      i % 5 === 0 ? '138****5678' : '',
      i % 11 === 0 ? `长备注：客户${names[p % 5]}来电，身份证 ${id}，要求回访。`.repeat(3) : `备注 ${i % 4}`,
    ]);
  }
  return out;
}

const shiftDates: Policy = parsePolicy({
  version: 1,
  rules: [
    { types: ['DATE', 'DATE_OF_BIRTH', 'PI.BASIC.BIRTH'], operator: { kind: 'shift' } },
    { types: ['PERSON'], operator: { kind: 'pseudonymize' } },
    { types: ['identifiers'], operator: { kind: 'tokenize' } },
  ],
  default: { kind: 'mask' },
});

describe('redacted cell cache', () => {
  it('keeps a text seen once as a mark only, its outcome from the second time, and drops the least recently used', () => {
    const cache = new RedactedCellCache(2);
    const a = cache.keyOf('a', 'c') as string;
    expect(cache.keyOf('x'.repeat(65), 'c')).toBeUndefined();
    expect(cache.seen(a)).toBe(false);
    expect(cache.get(a)).toBeUndefined();
    expect(cache.seen(a)).toBe(true);
    cache.keep(a, { findings: [], personal: false });
    expect(cache.get(a)).toEqual({ findings: [], personal: false });
    cache.seen(cache.keyOf('b', 'c') as string);
    cache.seen(cache.keyOf('d', 'c') as string);
    expect(cache.get(a)).toBeUndefined();
    expect(new RedactedCellCache(0).keyOf('a', 'c')).toBeUndefined();
  });

  for (const [name, policy] of [
    ['default policy', defaultPolicy],
    ['dates shifted per person, names pseudonymised, identifiers tokenized', shiftDates],
  ] as const) {
    it(`writes the same CSV and JSON Lines and the same report with and without the cache (${name})`, async () => {
      const rows = people(300);
      const csv = join(dir, `p-${policy === defaultPolicy}.csv`);
      await writeFile(csv, `id,姓名,身份证号,手机,出生日期,备用电话,备注\n${rows.map((r) => r.join(',')).join('\n')}\n`);
      const jsonl = join(dir, `p-${policy === defaultPolicy}.jsonl`);
      await writeFile(
        jsonl,
        `${rows.map((r) => JSON.stringify({ id: Number(r[0]), 姓名: r[1], 证件: { 身份证号: r[2] }, 电话: [r[3], r[5]], 出生日期: r[4], 备注: r[6] })).join('\n')}\n`,
      );
      for (const input of [csv, jsonl]) {
        const cached = await redactFile(input, `${input}.cached`, { policy, keys, now: new Date('2026-01-01') });
        const plain = await redactFile(input, `${input}.plain`, { policy, keys, now: new Date('2026-01-01'), cellCache: 0 });
        const out = await readFile(`${input}.cached`, 'utf8');
        expect(out).toBe(await readFile(`${input}.plain`, 'utf8'));
        expect({ ...cached, output: '' }).toEqual({ ...plain, output: '' });
        expect(cached.total).toBeGreaterThan(3 * rows.length);
        expect(out).not.toContain(rows[1]?.[2]);
      }
    });
  }
});
