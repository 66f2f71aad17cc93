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
});
