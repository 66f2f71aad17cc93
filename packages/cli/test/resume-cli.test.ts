import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generateRic18 } from '@piguard/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FILES = 300;
const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
let dir: string;
let data: string;

function person(i: number): string {
  const ric = generateRic18('310104', `19${String(50 + (i % 40))}0612`, String(100 + (i % 900)).padStart(3, '0'));
  return `员工${i} 身份证 ${ric} 手机 139${String(i).padStart(8, '0')}`;
}

const stateLines = async (path: string): Promise<number> =>
  (await readFile(path, 'utf8').catch(() => '')).split('\n').filter((l) => l.endsWith('}')).length;

interface Report {
  findings: unknown[];
  summary: Record<string, unknown>;
}

function comparable(stdout: string): Report {
  const report = JSON.parse(stdout) as Report;
  const { durationMs: _d, ...summary } = report.summary;
  return { findings: report.findings, summary };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-resume-'));
  data = join(dir, 'data');
  await import('node:fs/promises').then((fs) => fs.mkdir(data));
  for (let f = 0; f < FILES; f++) {
    const lines = Array.from({ length: 60 }, (_, i) => person(f * 60 + i));
    await writeFile(join(data, `f${String(f).padStart(4, '0')}.txt`), `${lines.join('\n\n')}\n`);
  }
}, 60_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('piguard scan --resume after a kill', () => {
  it('continues where the killed scan stopped and reports exactly what a full scan reports', async () => {
    const state = join(dir, 'state.jsonl');
    const args = ['scan', data, '--format', 'json', '--workers', '0', '--types', 'CN_RIC18,CN_MOBILE'];
    const child = spawn(process.execPath, ['--import', TSX, ENTRY, ...args, '--state', state], {
      cwd: dir,
      env: {
        ...process.env,
        PIGUARD_SECRET: 'test-secret-of-the-cli-suite-0001',
        TSX_TSCONFIG_PATH: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
      },
      stdio: 'ignore',
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    // Killed (SIGKILL: no chance to clean up) once some files are recorded and before all are.
    let recorded = 0;
    for (let waited = 0; waited < 60_000 && recorded < 3; waited += 5) {
      await new Promise((r) => setTimeout(r, 5));
      recorded = await stateLines(state);
    }
    child.kill('SIGKILL');
    await exited;
    const atKill = (await stateLines(state)) - 1; // the header line
    expect(atKill).toBeGreaterThan(0);
    expect(atKill).toBeLessThan(FILES);

    const resumed = await runCli([...args, '--state', state, '--resume'], dir);
    expect(resumed.stderr).toBe('');
    expect(resumed.code).toBe(0);
    expect((await stateLines(state)) - 1).toBe(FILES);
    const full = await runCli(args, dir);
    expect(comparable(resumed.stdout)).toEqual(comparable(full.stdout));
    expect(comparable(full.stdout).findings.length).toBe(FILES * 60 * 2);
  }, 120_000);

  it('Ctrl-C (SIGINT) writes the report of what was read, exits 130, and --resume completes it', async () => {
    const state = join(dir, 'state-int.jsonl');
    const args = ['scan', data, '--format', 'json', '--workers', '0', '--types', 'CN_RIC18,CN_MOBILE'];
    const child = spawn(process.execPath, ['--import', TSX, ENTRY, ...args, '--state', state], {
      cwd: dir,
      env: {
        ...process.env,
        PIGUARD_SECRET: 'test-secret-of-the-cli-suite-0001',
        TSX_TSCONFIG_PATH: fileURLToPath(new URL('../../../tsconfig.json', import.meta.url)),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    const code = new Promise<number | null>((done) => child.once('exit', (c) => done(c)));
    for (let waited = 0; waited < 60_000 && (await stateLines(state)) < 3; waited += 5) await new Promise((r) => setTimeout(r, 5));
    child.kill('SIGINT');
    expect(await code).toBe(130);
    expect(stderr).toContain('--resume');
    const partial = comparable(stdout);
    const full = comparable((await runCli(args, dir)).stdout);
    expect(partial.findings.length).toBeGreaterThan(0);
    expect(partial.findings.length).toBeLessThan(full.findings.length);
    const resumed = await runCli([...args, '--state', state, '--resume'], dir);
    expect(resumed.code).toBe(0);
    expect(comparable(resumed.stdout)).toEqual(full);
  }, 120_000);
});
