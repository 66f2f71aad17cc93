import { describe, expect, it } from 'vitest';
import { compileExcludes } from './exclude-filter.js';

describe('compileExcludes', () => {
  it('matches a glob without a slash against names at any depth', () => {
    const test = compileExcludes(['*.log', 'node_modules']);
    expect(test('app.log')).toBe(true);
    expect(test('a/b/app.log')).toBe(true);
    expect(test('a/node_modules')).toBe(true);
    expect(test('a/logs.txt')).toBe(false);
  });

  it('matches a glob with a slash against the path from the root', () => {
    const test = compileExcludes(['./build/**', 'docs/']);
    expect(test('build/x/y.txt')).toBe(true);
    expect(test('docs')).toBe(true);
    expect(test('src/build/x.txt')).toBe(false);
  });

  it('excludes nothing without globs', () => {
    expect(compileExcludes([])('anything')).toBe(false);
  });
});
