import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleFiles } from './example-files.js';

const dir = fileURLToPath(new URL('../examples/', import.meta.url));

describe('examples/', () => {
  it('is what scripts/generate-examples.ts writes (run it after changing example-files.ts)', () => {
    const files = exampleFiles();
    expect(readdirSync(dir).sort()).toEqual([...files.keys()].sort());
    for (const [name, bytes] of files) expect(readFileSync(`${dir}${name}`).equals(bytes), name).toBe(true);
  });

  it('is deterministic', () => {
    expect([...exampleFiles().values()].map((b) => b.toString('hex'))).toEqual([...exampleFiles().values()].map((b) => b.toString('hex')));
  });
});
