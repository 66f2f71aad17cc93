import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRic18 } from '@piguard/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const RIC = generateRic18('310104', '19850612', '457');
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-html-cli-'));
  await writeFile(join(dir, 'a<b>.txt'), `身份证号 ${RIC}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('piguard scan --format html', () => {
  it('writes one escaped, masked page in the language asked for', async () => {
    const en = await runCli(['scan', dir, '--format', 'html', '--lang', 'en', '--workers', '0'], dir);
    expect(en.code).toBe(0);
    expect(en.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(en.stdout).toContain('Distinct people');
    expect(en.stdout).toContain('a&lt;b&gt;.txt');
    expect(en.stdout).not.toContain(RIC);
    const zh = await runCli(['scan', dir, '--format', 'html', '--workers', '0'], dir);
    expect(zh.stdout).toContain('去重后的人数');
    expect((await runCli(['scan', dir, '--format', 'html', '--lang', 'fr'], dir)).code).toBe(2);
  });
});
