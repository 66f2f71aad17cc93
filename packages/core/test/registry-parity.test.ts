// ESLint's checkRuleFiles for recognisers: one file, one sibling test, one index line, meta.id = file name.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRecognizers } from '../src/recognizers/index.js';

const root = fileURLToPath(new URL('../src/recognizers/', import.meta.url));

function recognizerFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return recognizerFiles(full);
    // Files that define a recogniser; helpers (tables, shared context words) do not call defineRecognizer.
    if (!name.endsWith('.ts') || name.endsWith('.test.ts') || name === 'index.ts') return [];
    return readFileSync(full, 'utf8').includes('defineRecognizer(') ? [full] : [];
  });
}

describe('recogniser registry', () => {
  const files = recognizerFiles(root);
  const byId = new Map(builtinRecognizers.map((r) => [r.meta.id, r]));

  it('has recognisers', () => expect(files.length).toBeGreaterThan(0));
  it('ids are unique', () => expect(byId.size).toBe(builtinRecognizers.length));

  for (const file of files) {
    const id = basename(file, '.ts');
    describe(id, () => {
      it('is listed in recognizers/index.ts', () => expect(byId.has(id), `${id} missing from the index`).toBe(true));
      it('has a sibling test', () => expect(() => statSync(file.replace(/\.ts$/, '.test.ts'))).not.toThrow());
      it('has references', () => expect(byId.get(id)?.meta.references.length).toBeGreaterThan(0));
    });
  }

  it('index is sorted by id', () => {
    const ids = builtinRecognizers.map((r) => r.meta.id);
    expect(ids).toEqual([...ids].sort());
  });
});
