import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRic18 } from '@piguard/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FormatReader } from '../formats/format-reader.js';
import { formatReaders } from '../formats/index.js';
import { createScan } from '../scan/create-scan.js';
import type { ScanFinding } from '../scan/scan-finding.js';
import type { ScanOptions } from '../scan/scan-options.js';
import { open, seal, stateKey } from './sealed-box.js';

const SECRET = new Uint8Array(32).fill(9);
let dir: string;
let statePath: string;

function person(i: number): string {
  const ric = generateRic18('310104', `1985061${i % 10}`, String(100 + i));
  return `员工${i} 身份证 ${ric} 手机 138${String(i).padStart(8, '0')}`;
}

/** Runs a scan and notes which files the readers were asked to read. */
async function scan(options: ScanOptions = {}) {
  const read: string[] = [];
  const readers: FormatReader[] = formatReaders.map((r) => ({
    id: r.id,
    matches: (input) => r.matches(input),
    read(input, ctx) {
      read.push(input.name);
      return r.read(input, ctx);
    },
  }));
  const findings: ScanFinding[] = [];
  const s = createScan({
    secret: SECRET,
    now: new Date('2026-01-01T00:00:00Z'),
    workers: 0,
    types: ['CN_RIC18', 'CN_MOBILE'],
    readers,
    ...options,
  });
  const summary = await s.run([dir], { finding: (f) => findings.push(f), issue: () => {} });
  const brief = findings.map((f) => `${f.source}:${f.line}:${f.column} ${f.entity} ${f.class} ${f.fingerprint}`);
  return { read, brief, summary };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-state-'));
  statePath = join(dir, '..', `${dir.split('/').pop()}-state.jsonl`);
  for (let f = 0; f < 4; f++) {
    await writeFile(join(dir, `f${f}.txt`), `${Array.from({ length: 5 }, (_, i) => person(f * 5 + i)).join('\n\n')}\n`);
  }
  // The same person as in f0.txt: linking across files must survive the replay.
  await writeFile(join(dir, 'g.txt'), `${person(0)}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(statePath, { force: true });
});

describe('scan state', () => {
  it('seals contributions: no value in the file, and another key cannot open them', async () => {
    const key = stateKey(SECRET);
    const sealed = seal(key, 'secret 13800000001');
    expect(open(key, sealed)).toBe('secret 13800000001');
    expect(open(stateKey(new Uint8Array(32).fill(1)), sealed)).toBeUndefined();
  });

  it('an incremental scan reads only changed files and reports the same as a full scan', async () => {
    const full = await scan({ state: { path: statePath, reuse: false } });
    expect(full.read.length).toBe(5);
    const text = await readFile(statePath, 'utf8');
    expect(text.split('\n').filter((l) => l.length > 0)).toHaveLength(6);
    expect(text).not.toContain('13800000001');

    const again = await scan({ state: { path: statePath, reuse: true } });
    expect(again.read).toEqual([]);
    expect(again.brief).toEqual(full.brief);
    expect(again.summary.people).toEqual(full.summary.people);
    expect(again.summary.records).toBe(full.summary.records);
    expect(again.summary.files).toBe(full.summary.files);

    await writeFile(join(dir, 'f2.txt'), `${person(90)}\n`);
    const changed = await scan({ state: { path: statePath, reuse: true } });
    expect(changed.read.map((p) => p.split('/').pop())).toEqual(['f2.txt']);
    const fresh = await scan();
    expect(changed.brief).toEqual(fresh.brief);
    expect(changed.summary.people).toEqual(fresh.summary.people);
    expect(changed.summary.byType).toEqual(fresh.summary.byType);
  });

  it('without reuse the state starts empty and every file is read', async () => {
    const first = await scan({ state: { path: statePath, reuse: false } });
    expect(first.read.length).toBe(5);
  });
});
