import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEvalOptions, UsageError } from './eval-options.js';

describe('parseEvalOptions', () => {
  const dir = mkdtempSync(join(tmpdir(), 'piguard-eval-'));

  it('takes --data over PIGUARD_DATA_DIR', () => {
    expect(parseEvalOptions(['--data', dir], { PIGUARD_DATA_DIR: '/elsewhere' }).dataDir).toBe(dir);
    expect(parseEvalOptions([], { PIGUARD_DATA_DIR: dir }).dataDir).toBe(dir);
  });

  it('reads suites, --no-write, --misses and --reveal', () => {
    const o = parseEvalOptions(['--data', dir, '--suite', 'a', '--suite', 'b', '--no-write', '--misses', '3', '--reveal'], {});
    expect(o).toMatchObject({ suites: ['a', 'b'], write: false, maxMisses: 3, reveal: true });
  });

  it('says where to point when the data folder is absent (the runner exits with 2)', () => {
    expect(() => parseEvalOptions(['--data', join(dir, 'missing')], {})).toThrow(UsageError);
    expect(() => parseEvalOptions(['--data', join(dir, 'missing')], {})).toThrow(/PIGUARD_DATA_DIR/);
  });

  it('rejects unknown arguments and a flag without its value', () => {
    expect(() => parseEvalOptions(['--nope'], {})).toThrow(/unknown argument/);
    expect(() => parseEvalOptions(['--data'], {})).toThrow(/needs a value/);
  });
});
