import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateRic18 } from '@piguard/core/testing';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const ADULT = generateRic18('310104', '19850612', '457');
const CHILD = generateRic18('110105', '20180307', '123');
const MOBILE = '13800000001';
const RAW = [ADULT, CHILD, MOBILE];

interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(args: string[], options: { stdin?: Buffer; uid?: number; gid?: number; secret?: string } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env, PIGUARD_SECRET: options.secret ?? 'test-secret-of-the-cli-suite-0001' };
    delete env.CI; // progress is off anyway: stderr is a pipe
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], {
      cwd: ROOT,
      env,
      ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
    });
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
    child.stdin.end(options.stdin ?? Buffer.alloc(0));
  });
}

let dir: string;
let clean: string;
let general: string;
let sensitive: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-cli-'));
  clean = join(dir, 'clean');
  general = join(dir, 'general');
  sensitive = join(dir, 'sensitive');
  await mkdir(clean);
  await mkdir(general);
  await mkdir(sensitive);
  await writeFile(join(clean, 'readme.txt'), 'Nothing personal here, just 42 and 2026-01-01.\n');
  await writeFile(join(general, 'staff.txt'), `姓名：王小明\n身份证号：${ADULT}\n手机：${MOBILE}\n`);
  await writeFile(join(general, 'legacy-gbk.txt'), iconv.encode(`联系电话：${MOBILE}\n`, 'gbk'));
  await writeFile(join(sensitive, 'kids.txt'), `学生身份证号：${CHILD}\n`);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Each case spawns the CLI from its sources under tsx (a few seconds each on a busy machine).
describe('piguard (end to end)', { timeout: 120_000 }, () => {
  it('prints help and version with exit code 0', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('scan');
    const scanHelp = await cli(['scan', '--help']);
    expect(scanHelp.stdout).toMatch(/--fail-on <level>/);
    expect(scanHelp.stdout.replace(/\s+/g, ' ')).toContain('choices: "table", "json", "jsonl", "csv", "sarif"');
    const version = await cli(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('exits with 2 on usage errors', async () => {
    const [none, format, badScore, twice, verb, types, secret] = await Promise.all([
      cli(['scan']),
      cli(['scan', clean, '--format', 'xml']),
      cli(['scan', clean, '--min-score', '5']),
      cli(['scan', '-', '-']),
      cli(['frobnicate']),
      cli(['scan', clean, '--types', 'NO_SUCH_TYPE']),
      cli(['scan', clean, '--format', 'json'], { secret: 'short' }),
    ]);
    expect([none.code, format.code, badScore.code, twice.code, verb.code, types.code, secret.code]).toEqual([2, 2, 2, 2, 2, 2, 2]);
    expect(secret.stdout).toBe(''); // no half report
    expect(badScore.stderr).toMatch(/min-score/);
  });

  it('exits with 0 on a clean folder and says so', async () => {
    const r = await cli(['scan', clean]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('No personal information found.');
    expect(r.stderr).toBe('');
  });

  it('reports a table with masked values and people, exit 0 without --fail-on', async () => {
    const r = await cli(['scan', general]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('distinct people');
    expect(r.stdout).toMatch(/staff\.txt:2:6/);
    expect(r.stdout).toMatch(/legacy-gbk\.txt:1:6/); // GBK decoded: the column counts characters
    for (const v of RAW) expect(r.stdout).not.toContain(v);
  });

  it('exits with 1 at --fail-on any, and at --fail-on sensitive only for sensitive findings', async () => {
    expect((await cli(['scan', general, '--fail-on', 'any'])).code).toBe(1);
    expect((await cli(['scan', general, '--fail-on', 'sensitive'])).code).toBe(0);
    expect((await cli(['scan', sensitive, '--fail-on', 'sensitive', '--format', 'json'])).code).toBe(1);
  });

  it('writes every format parseably and no raw value without --reveal', async () => {
    for (const format of ['json', 'jsonl', 'csv', 'sarif']) {
      const r = await cli(['scan', general, sensitive, '--format', format]);
      expect(r.code, format).toBe(0);
      for (const v of RAW) expect(r.stdout, format).not.toContain(v);
      if (format === 'json') expect(JSON.parse(r.stdout).summary.people.minors).toBe(1);
      if (format === 'sarif') expect(JSON.parse(r.stdout).version).toBe('2.1.0');
      if (format === 'jsonl') {
        const lines = r.stdout
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l));
        expect(lines.map((l) => l.entity)).toContain('CN_RIC18');
      }
      if (format === 'csv') expect(r.stdout.split('\r\n')[0]).toMatch(/^source,line,column,/);
    }
    const revealed = await cli(['scan', general, '--format', 'jsonl', '--reveal']);
    expect(revealed.stdout).toContain(ADULT);
  });

  it('reads standard input for -', async () => {
    const r = await cli(['scan', '-', '--format', 'jsonl', '--types', 'CN_RIC18'], { stdin: Buffer.from(`id ${ADULT}\n`) });
    expect(r.code).toBe(0);
    const f = JSON.parse(r.stdout.trim());
    expect(f).toMatchObject({ source: '-', entity: 'CN_RIC18', line: 1, column: 4 });
  });

  it('writes to --output and nothing to stdout', async () => {
    const out = join(dir, 'report.json');
    const r = await cli(['scan', general, '--format', 'json', '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(JSON.parse(await readFile(out, 'utf8')).findings.length).toBeGreaterThan(0);
    expect((await cli(['scan', general, '--output', join(dir, 'no/such/dir/x.json')])).code).toBe(2);
  });

  it('exits with 3 when a source cannot be read, after scanning the rest', async () => {
    const r = await cli(['scan', join(dir, 'missing'), general, '--format', 'jsonl']);
    expect(r.code).toBe(3);
    expect(r.stderr).toMatch(/E_NOT_FOUND/);
    expect(r.stdout).toContain('CN_RIC18');
  });

  it('exits with 3 on a file it has no permission to read', async () => {
    const locked = join(dir, 'locked');
    await mkdir(locked);
    await writeFile(join(locked, 'secret.txt'), `身份证 ${ADULT}\n`);
    await writeFile(join(locked, 'open.txt'), `手机 ${MOBILE}\n`);
    await chmod(join(locked, 'secret.txt'), 0o000);
    await chmod(dir, 0o755);
    await chmod(locked, 0o755);
    await chmod(join(locked, 'open.txt'), 0o644);
    // root reads anything: run the CLI as nobody then.
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = await cli(['scan', locked, '--format', 'json'], asNobody);
    expect(r.code, r.stderr).toBe(3);
    const doc = JSON.parse(r.stdout);
    expect(doc.issues).toEqual([expect.objectContaining({ code: 'E_PERMISSION', severity: 'error' })]);
    expect(doc.findings.map((f: { entity: string }) => f.entity)).toEqual(['CN_MOBILE']);
  });
});
