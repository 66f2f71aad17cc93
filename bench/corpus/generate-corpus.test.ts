import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isValidLuhn, isValidMod11_2 } from '@piguard/core';
import { describe, expect, it } from 'vitest';
import { corpusPrefix, generateCorpus } from './generate-corpus.js';
import { bankCard, residentId } from './identifiers.js';
import { Prng } from './prng.js';

describe('bench corpus', () => {
  const dir = mkdtempSync(join(tmpdir(), 'piguard-bench-'));

  it('is the same for the same seed, different for another, and cut at a line end', () => {
    const a = join(dir, 'a.txt');
    const b = join(dir, 'b.txt');
    const c = join(dir, 'c.txt');
    expect(generateCorpus(a, 1, 7)).toBe(statSync(a).size);
    generateCorpus(b, 1, 7);
    generateCorpus(c, 1, 8);
    const text = readFileSync(a, 'utf8');
    expect(text).toBe(readFileSync(b, 'utf8'));
    expect(text).not.toBe(readFileSync(c, 'utf8'));
    expect(statSync(a).size).toBeLessThanOrEqual(1e6);
    expect(statSync(a).size).toBeGreaterThan(0.99e6);
    expect(text.endsWith('\n')).toBe(true);
    // Mixed content: Chinese prose, CSV rows, logs.
    expect(text).toMatch(/[\u4e00-\u9fff]/);
    expect(text).toMatch(/ip=\d+\.\d+\.\d+\.\d+/);
  });

  it('writes a prefix that is the start of the corpus, cut at a line end', () => {
    const a = join(dir, 'p.txt');
    generateCorpus(a, 1, 9);
    const prefix = readFileSync(corpusPrefix(a, 0.2), 'utf8');
    expect(readFileSync(a, 'utf8').startsWith(prefix)).toBe(true);
    expect(prefix.endsWith('\n')).toBe(true);
    expect(Buffer.byteLength(prefix)).toBeLessThanOrEqual(0.2e6);
  });

  it('generates identifiers with valid check digits', () => {
    const r = new Prng(1);
    for (let i = 0; i < 200; i++) {
      expect(isValidMod11_2(residentId(r))).toBe(true);
      expect(isValidLuhn(bankCard(r))).toBe(true);
    }
  });
});
