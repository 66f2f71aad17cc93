import { mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from './evidence-entry.js';
import { openEvidenceStore } from './evidence-store.js';
import { verifyEvidence } from './verify-evidence.js';

let dir: string;
const bytes = (s: string): Uint8Array => new TextEncoder().encode(s);

async function fillStore(): Promise<string[]> {
  const store = await openEvidenceStore(dir, { operator: 'tester', clock: () => new Date('2026-01-02T03:04:05.000Z') });
  const hashes: string[] = [];
  for (let i = 0; i < 4; i++) {
    const c = await store.addCapture(bytes(`<p>page ${i}</p>`), {
      kind: 'page',
      source: `http://site.test/${i}`,
      method: 'GET',
      status: 200,
    });
    hashes.push(c.sha256);
    await store.addFindings({ source: c.source, capture: c.sha256, findings: [] });
  }
  return hashes;
}

async function lines(): Promise<string[]> {
  return (await readFile(join(dir, 'log.jsonl'), 'utf8')).trimEnd().split('\n');
}
const writeLines = (ls: string[]): Promise<void> => writeFile(join(dir, 'log.jsonl'), `${ls.join('\n')}\n`);

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-evidence-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('evidence store and verify', () => {
  it('writes captures named by their SHA-256, a chained log with operator and clock, and verifies clean', async () => {
    const hashes = await fillStore();
    expect(await readFile(join(dir, 'captures', hashes[2] as string), 'utf8')).toBe('<p>page 2</p>');
    expect(hashes[2]).toBe(sha256Hex(bytes('<p>page 2</p>')));
    const entries = (await lines()).map(
      (l) => JSON.parse(l) as { seq: number; prev: string; hash: string; operator: string; time: string; clock: string },
    );
    expect(entries.length).toBe(8);
    expect(entries[0]?.prev).toBe('0'.repeat(64));
    for (let i = 1; i < entries.length; i++) expect(entries[i]?.prev).toBe(entries[i - 1]?.hash);
    expect(entries[3]).toMatchObject({
      seq: 3,
      operator: 'tester',
      time: '2026-01-02T03:04:05.000Z',
      clock: expect.stringContaining('system clock'),
    });
    expect(await verifyEvidence(dir)).toMatchObject({ ok: true, entries: 8, captures: 4, problems: [] });
  });

  it('appends to an existing directory and keeps the chain', async () => {
    await fillStore();
    const again = await openEvidenceStore(dir);
    await again.addNote({ source: 'http://site.test/0', message: 'gone' });
    expect(await verifyEvidence(dir)).toMatchObject({ ok: true, entries: 9 });
  });

  it('names an altered entry', async () => {
    await fillStore();
    const ls = await lines();
    ls[4] = (ls[4] as string).replace('http://site.test/2', 'http://site.test/9');
    await writeLines(ls);
    const v = await verifyEvidence(dir);
    expect(v.ok).toBe(false);
    expect(v.problems[0]).toMatchObject({ kind: 'altered', seq: 4, line: 5 });
  });

  it('names a removed entry, and removed entries at the end', async () => {
    await fillStore();
    const ls = await lines();
    await writeLines([...ls.slice(0, 2), ...ls.slice(3)]);
    expect((await verifyEvidence(dir)).problems[0]).toMatchObject({ kind: 'removed', seq: 2, line: 3 });
    await writeLines(ls.slice(0, 6));
    expect((await verifyEvidence(dir)).problems[0]).toMatchObject({ kind: 'truncated', seq: 6 });
  });

  it('names reordered entries', async () => {
    await fillStore();
    const ls = await lines();
    await writeLines([ls[0], ls[1], ls[3], ls[2], ...ls.slice(4)] as string[]);
    const v = await verifyEvidence(dir);
    expect(v.ok).toBe(false);
    expect(v.problems[0]?.kind).toBe('reordered');
    expect(v.problems[0]?.seq).toBe(2);
  });

  it('names an altered and a removed capture', async () => {
    const hashes = await fillStore();
    await writeFile(join(dir, 'captures', hashes[1] as string), '<p>page X</p>');
    await unlink(join(dir, 'captures', hashes[3] as string));
    const v = await verifyEvidence(dir);
    expect(v.problems.map((p) => [p.kind, p.seq])).toEqual([
      ['capture-altered', 2],
      ['capture-missing', 6],
    ]);
  });

  it('refuses to append to a broken chain', async () => {
    await fillStore();
    const ls = await lines();
    await writeLines([ls[0], ...ls.slice(2)] as string[]);
    await expect(openEvidenceStore(dir)).rejects.toThrow(/broken at entry 1/);
  });
});
