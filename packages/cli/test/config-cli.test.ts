import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateRic18 } from '@piguard/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const RIC = generateRic18('310104', '19850612', '457');
const MOBILE = '13800000001';
const HOTLINE = '13911112222';
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-config-cli-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

interface JsonReport {
  findings: Array<{ entity: string; source: string }>;
}

describe('piguard init and config files', () => {
  it('init writes a commented .piguardrc that a scan accepts, and refuses to overwrite it', async () => {
    const home = join(dir, 'init');
    await mkdir(home);
    const first = await runCli(['init'], home);
    expect(first.code).toBe(0);
    const text = await readFile(join(home, '.piguardrc'), 'utf8');
    expect(text).toMatch(/^\/\/ piguard config file/);
    expect((await runCli(['init'], home)).code).toBe(2);
    await writeFile(join(home, 'a.txt'), `手机 ${MOBILE}\n`);
    const scan = await runCli(['scan', '.', '--format', 'json', '--workers', '0'], home);
    expect(scan.stderr).toBe('');
    expect(scan.code).toBe(0);
  });

  it('a config in the scanned folder applies its allow-list and excludes; flags still win', async () => {
    const target = join(dir, 'data');
    await mkdir(join(target, 'skip'), { recursive: true });
    await writeFile(join(target, 'people.txt'), `身份证 ${RIC}\n手机 ${MOBILE}\n客服 ${HOTLINE}\n`);
    await writeFile(join(target, 'skip', 'more.txt'), `身份证 ${RIC}\n`);
    await writeFile(
      join(target, 'piguard.config.json'),
      JSON.stringify({ types: ['CN_MOBILE'], exclude: ['skip/**'], allowList: { values: [HOTLINE] } }),
    );
    const report = await runCli(['scan', target, '--format', 'json', '--workers', '0'], dir);
    expect(report.code).toBe(0);
    const found = (JSON.parse(report.stdout) as JsonReport).findings;
    expect(found.map((f) => f.entity)).toEqual(['CN_MOBILE']);
    // --types on the command line replaces the config's types; the excludes still apply.
    const flagged = await runCli(['scan', target, '--format', 'json', '--workers', '0', '--types', 'CN_RIC18'], dir);
    const entities = (JSON.parse(flagged.stdout) as JsonReport).findings.map((f) => `${f.entity} ${f.source.endsWith('people.txt')}`);
    expect(entities).toEqual(['CN_RIC18 true']);
  });

  it('an invalid config is a usage error (exit 2) naming the file and the key', async () => {
    const bad = join(dir, 'bad.json');
    await writeFile(
      bad,
      '{ "minScore": "high", "recognizers": [{ "id": "x", "entity": "X", "piType": "PI.NET.ACCOUNT", "pattern": "(" }] }',
    );
    const result = await runCli(['scan', dir, '--config', bad], dir);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${bad} is invalid`);
    expect(result.stderr).toContain('minScore:');
    expect(result.stderr).toContain('recognizers[0].pattern: is not a valid regular expression');
    const missing = await runCli(['scan', dir, '--config', join(dir, 'none.json')], dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read config file');
  });
});
