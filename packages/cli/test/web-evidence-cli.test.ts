import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { residentId, startTestSite, type TestSite } from '../../scan/test/web/test-site.js';

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ID = residentId('110101', '19900307', '123');

function cli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, PIGUARD_SECRET: 'test-secret-of-the-web-suite-0001' };
    delete env.CI;
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}

let site: TestSite;
let dir: string;

beforeAll(async () => {
  site = await startTestSite();
  site.routes.set('/list.html', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<table><tr><td>张伟</td><td>身份证号 ${ID}</td></tr></table>`,
  });
  dir = await mkdtemp(join(tmpdir(), 'piguard-cli-evidence-'));
});
afterAll(async () => {
  await site.close();
  await rm(dir, { recursive: true, force: true });
});

describe('piguard scan URL --evidence, verify, evidence export, recheck', () => {
  it('scans a page into evidence, verifies it, catches an altered capture, exports and rechecks', async () => {
    const ev = join(dir, 'ev');
    const scan = await cli([
      'scan',
      `${site.origin}/list.html`,
      '--allow-private',
      '--delay',
      '0',
      '--evidence',
      ev,
      '--operator',
      'clerk',
      '-f',
      'json',
      '-w',
      '0',
    ]);
    expect(scan.stderr).toBe('');
    expect(scan.stdout).toContain('PI.ID.RIC');
    expect(scan.stdout).not.toContain(ID);
    expect(site.requests.some((r) => String(r.headers['user-agent']).startsWith('piguard/'))).toBe(true);
    expect(await cli(['verify', ev])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^OK: 2 entries/) });

    const out = join(dir, 'pack.zip');
    expect((await cli(['evidence', 'export', ev, '--out', out])).code).toBe(0);
    expect((await stat(out)).size).toBeGreaterThan(500);

    site.routes.delete('/list.html');
    const recheck = await cli(['recheck', ev, '--allow-private', '--delay', '0']);
    expect(recheck.stdout).toMatch(/^GONE\s+http:\/\/127\.0\.0\.1:\d+\/list\.html/);
    expect(recheck.code).toBe(0);

    const [capture] = await readdir(join(ev, 'captures'));
    await writeFile(join(ev, 'captures', capture as string), 'altered');
    expect(await cli(['verify', ev])).toMatchObject({
      code: 1,
      stdout: expect.stringMatching(/^BROKEN: the capture of entry 0 .* was altered/),
    });
    // Six CLI processes, each compiled by tsx on start: slow on a loaded two-core machine.
  }, 120_000);

  it('refuses loopback without --allow-private (exit 3, nothing fetched)', async () => {
    const before = site.requests.length;
    const scan = await cli(['scan', `${site.origin}/list.html`, '--delay', '0', '-w', '0']);
    expect(scan.code).toBe(3);
    expect(scan.stdout).toMatch(/private or local/);
    expect(site.requests.length).toBe(before);
  });
});

describe('piguard scan sqlite:… --evidence, verify, recheck', () => {
  it('stores the table sample as a capture, verifies it, and rechecks the same table', async () => {
    const file = join(dir, 'members.db');
    const db = new Database(file);
    db.exec('CREATE TABLE members (id INTEGER PRIMARY KEY, name TEXT, id_card TEXT)');
    db.prepare('INSERT INTO members VALUES (1, ?, ?)').run('张伟', ID);
    db.close();
    const ev = join(dir, 'ev-db');
    const scan = await cli(['scan', `sqlite://${file}`, '--evidence', ev, '-f', 'json', '-w', '0']);
    expect(scan.stdout).toContain('PI.ID.RIC');
    expect(await cli(['verify', ev])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^OK: 2 entries.* 1 captures intact/) });
    const still = await cli(['recheck', ev]);
    expect(still).toMatchObject({ code: 1, stdout: expect.stringMatching(/^STILL THERE\s+sqlite:\/\/.*members\.db#members/) });
    const rw = new Database(file);
    rw.exec('DELETE FROM members');
    rw.close();
    expect(await cli(['recheck', ev])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^GONE\s+sqlite:/) });
    expect(await cli(['verify', ev])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^OK: 6 entries.* 2 captures intact/) });
  }, 120_000);
});
