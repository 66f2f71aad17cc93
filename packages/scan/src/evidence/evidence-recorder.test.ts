import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mod11_2CheckChar } from '@piguard/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createScan } from '../scan/create-scan.js';
import { sha256Hex } from './evidence-entry.js';
import { evidenceRecorder } from './evidence-recorder.js';
import { openEvidenceStore } from './evidence-store.js';
import { verifyEvidence } from './verify-evidence.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-recorder-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('evidenceRecorder', () => {
  it('stores a scanned local file with findings as a capture and ties its masked findings to it', async () => {
    const body = '11010519750815234';
    const id = `${body}${mod11_2CheckChar(body)}`;
    const file = join(dir, 'list.txt');
    const content = `姓名 张伟 身份证号 ${id}\n`;
    await writeFile(file, content);
    const store = await openEvidenceStore(join(dir, 'ev'), { operator: 'o' });
    const recorder = evidenceRecorder(store);
    await createScan({ workers: 0, types: ['PI.ID.RIC'], secret: new Uint8Array(32).fill(5) }).run([file], {
      finding: (f) => recorder.finding(f),
      issue: () => {},
    });
    const [findings] = await recorder.flush();
    const capture = store.entries().find((e) => e.type === 'capture');
    expect(capture).toMatchObject({ kind: 'file', source: file, method: 'read', sha256: sha256Hex(Buffer.from(content)) });
    expect(findings).toMatchObject({ type: 'findings', source: file, capture: sha256Hex(Buffer.from(content)), people: 1 });
    expect(findings?.findings[0]?.masked).not.toBe(id);
    expect(JSON.stringify(store.entries())).not.toContain(id);
    expect(await verifyEvidence(join(dir, 'ev'))).toMatchObject({ ok: true, lastHash: findings?.hash });
  });

  it('a store that keeps no entries in memory still numbers and chains them, views write in their own names, and another writer is followed', async () => {
    const ev = join(dir, 'server');
    const server = await openEvidenceStore(ev, { operator: 'server', keepEntries: false });
    const job = server.as('王警官');
    await job.addNote({ source: 'a', message: 'one' });
    await server.addNote({ source: 'b', message: 'two' });
    expect(server.entries()).toEqual([]);
    expect(job.written().map((e) => [e.seq, e.operator])).toEqual([[0, '王警官']]);
    const again = await openEvidenceStore(ev, { operator: 'cli' });
    await again.addNote({ source: 'c', message: 'three' });
    expect(again.entries().map((e) => [e.seq, e.operator])).toEqual([
      [0, '王警官'],
      [1, 'server'],
      [2, 'cli'],
    ]);
    // The server's store, still open, continues the chain the other writer extended instead of forking it.
    expect(await job.addNote({ source: 'd', message: 'four' })).toMatchObject({ seq: 3, prev: again.entries()[2]?.hash });
    expect(await verifyEvidence(ev)).toMatchObject({ ok: true, entries: 4 });
  });
});
