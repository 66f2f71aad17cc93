import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { generateRic18 } from '@piguard/core/testing';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../src/main.js';

const KEY = '000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f';
const ID = generateRic18('110105', '19850317', '123');

async function cli(args: string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += d;
  });
  stderr.on('data', (d) => {
    err += d;
  });
  const code = await run(args, {
    stdout,
    stderr: stderr as unknown as NodeJS.WriteStream,
    stdin: (async function* () {})(),
    env: { PIGUARD_SECRET: 'test-secret-of-the-cli-suite-0001', ...env },
  });
  return { code, stdout: out, stderr: err };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'piguard-redact-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('piguard redact / reveal / risk (issue 5)', () => {
  it('redacts with the default policy without a key, saying that names are masked', async () => {
    const input = join(dir, 'a.txt');
    await writeFile(input, `身份证号 ${ID} 手机 13812345678\n`);
    const r = await cli(['redact', input, '--out', join(dir, 'a.out.txt')]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/no key/);
    expect(r.stdout).toMatch(/CN_RIC18\s+mask\s+1/);
    expect(r.stdout).toMatch(/re-scan: clean/);
    expect(await readFile(join(dir, 'a.out.txt'), 'utf8')).toBe(`身份证号 110105********${ID.slice(14)} 手机 138****5678\n`);
  });

  it('tokenizes with a key and reveals back; the key never appears in any output', async () => {
    const input = join(dir, 'b.csv');
    const original = `name,id_number,phone\n王小明,${ID},13812345678\n`;
    await writeFile(input, original);
    const r = await cli(['redact', input, '--out', join(dir, 'b.tok.csv'), '--operator', 'tokenize', '--report', 'json'], {
      PIGUARD_KEY: KEY,
    });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).verification.exposed).toBe(0);
    const v = await cli(['reveal', join(dir, 'b.tok.csv'), '--out', join(dir, 'b.rev.csv')], { PIGUARD_KEY: KEY });
    expect(v.code).toBe(0);
    expect(await readFile(join(dir, 'b.rev.csv'), 'utf8')).toBe(original);
    for (const s of [r.stdout, r.stderr, v.stdout, v.stderr]) expect(s).not.toContain(KEY);
  });

  it('--fpe ff3-1 tokenizes with FF3-1 and reveal gives the text back', async () => {
    const input = join(dir, 'f.txt');
    const original = `手机 13812345678 身份证 ${ID}\n`;
    await writeFile(input, original);
    const r = await cli(['redact', input, '--out', join(dir, 'f.tok.txt'), '--operator', 'tokenize', '--fpe', 'ff3-1'], {
      PIGUARD_KEY: KEY,
    });
    expect(r.code).toBe(0);
    const tokens = await readFile(join(dir, 'f.tok.txt'), 'utf8');
    expect(tokens).toMatch(/\{\{CN_MOBILE\|FF3-1:\d{11}\}\}/);
    expect(tokens).not.toContain('13812345678');
    const v = await cli(['reveal', join(dir, 'f.tok.txt'), '--out', join(dir, 'f.rev.txt')], { PIGUARD_KEY: KEY });
    expect(v.code).toBe(0);
    expect(await readFile(join(dir, 'f.rev.txt'), 'utf8')).toBe(original);
    expect((await cli(['redact', input, '--out', join(dir, 'g.txt'), '--fpe', 'ff3-1'], { PIGUARD_KEY: KEY })).code).toBe(2);
  });

  it('--national tokenizes with FF1-SM4 and reveals only with --national', async () => {
    const input = join(dir, 'n.txt');
    await writeFile(input, `手机 13812345678\n`);
    const r = await cli(['redact', input, '--out', join(dir, 'n.tok.txt'), '--operator', 'tokenize', '--national'], { PIGUARD_KEY: KEY });
    expect(r.code).toBe(0);
    await cli(['reveal', join(dir, 'n.tok.txt'), '--out', join(dir, 'n.aes.txt')], { PIGUARD_KEY: KEY });
    expect(await readFile(join(dir, 'n.aes.txt'), 'utf8')).not.toContain('13812345678');
    await cli(['reveal', join(dir, 'n.tok.txt'), '--out', join(dir, 'n.sm4.txt'), '--national'], { PIGUARD_KEY: KEY });
    expect(await readFile(join(dir, 'n.sm4.txt'), 'utf8')).toBe(`手机 13812345678\n`);
  });

  it('stops when a keyed operator has no key, and reveal without a key', async () => {
    const input = join(dir, 'c.txt');
    await writeFile(input, `手机 13812345678\n`);
    const r = await cli(['redact', input, '--out', join(dir, 'c.out.txt'), '--operator', 'hash']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/needs a key/);
    const v = await cli(['reveal', input, '--out', join(dir, 'c.rev.txt')]);
    expect(v.code).toBe(2);
    expect(v.stderr).toMatch(/PIGUARD_KEY_FILE/);
    const same = await cli(['redact', input, '--out', input]);
    expect(same.code).toBe(2);
  });

  it('copies a SQLite database with --to', async () => {
    const src = join(dir, 'in.db');
    const db = new Database(src);
    db.exec('CREATE TABLE t (id_card TEXT, phone TEXT)');
    db.prepare('INSERT INTO t VALUES (?, ?)').run(ID, '13812345678');
    db.close();
    const r = await cli(['redact', `sqlite:${src}`, '--to', `sqlite:${join(dir, 'out.db')}`]);
    expect(r.code).toBe(0);
    const out = new Database(join(dir, 'out.db'), { readonly: true });
    expect(out.prepare('SELECT * FROM t').get()).toEqual({ id_card: `110105********${ID.slice(14)}`, phone: '138****5678' });
    out.close();
    expect(r.stdout).toMatch(/table t → t: 1 rows/);
    expect(r.stdout).toMatch(/phone \(TEXT\): 1 changed \(CN_MOBILE 1\)/);
    expect(r.stdout).not.toContain(ID);
    expect((await cli(['redact', `sqlite:${src}`])).code).toBe(2);
    const again = await cli(['redact', `sqlite:${src}`, '--to', `sqlite:${join(dir, 'out.db')}`]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/holds rows: pass --overwrite/);
    expect((await cli(['redact', `sqlite:${src}`, '--to', `sqlite:${join(dir, 'out.db')}`, '--overwrite'])).code).toBe(0);
  });

  it('risk measures a database table named by ?table=', async () => {
    const src = join(dir, 'risk.db');
    const db = new Database(src);
    db.exec('CREATE TABLE people (id INTEGER PRIMARY KEY, 出生日期 TEXT, 性别 TEXT)');
    // Pairs of people share birth date and sex, except the last one: k = 1, one unique record.
    for (let i = 0; i < 9; i++) db.prepare('INSERT INTO people (出生日期, 性别) VALUES (?, ?)').run(`19${80 + (i >> 1)}-01-02`, '男');
    db.close();
    const r = await cli(['risk', `sqlite:${src}?table=people`, '--quasi', '出生日期,性别', '--format', 'json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { k: number; unique: number; records: number; table: string };
    expect(json).toMatchObject({ k: 1, unique: 1, records: 9, table: `sqlite://${src}#people` });
    expect((await cli(['risk', `sqlite:${src}?table=nope`, '--quasi', '出生日期'])).code).toBe(2);
  });

  it('reads the key from PIGUARD_KEY_FILE', async () => {
    const keyFile = join(dir, 'key');
    await writeFile(keyFile, `${KEY}\n`);
    const input = join(dir, 'd.txt');
    await writeFile(input, `手机 13812345678\n`);
    const a = await cli(['redact', input, '--out', join(dir, 'd1.txt'), '--operator', 'hash'], { PIGUARD_KEY_FILE: keyFile });
    const b = await cli(['redact', input, '--out', join(dir, 'd2.txt'), '--operator', 'hash'], { PIGUARD_KEY: KEY });
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(await readFile(join(dir, 'd1.txt'), 'utf8')).toBe(await readFile(join(dir, 'd2.txt'), 'utf8'));
    expect(await readFile(join(dir, 'd1.txt'), 'utf8')).toMatch(/^手机 [0-9a-f]{16}\n$/);
  });

  it('risk prints k as a number in JSON, before and after a policy', async () => {
    const input = join(dir, 't.csv');
    const rows = ['出生日期,性别,诊断'];
    for (let i = 0; i < 30; i++) rows.push(`${1980 + (i % 10)}-0${(i % 9) + 1}-1${i % 10},${i % 2 ? '男' : '女'},d${i % 4}`);
    await writeFile(input, `${rows.join('\n')}\n`);
    const r = await cli(['risk', input, '--quasi', '出生日期,性别', '--sensitive', '诊断', '--policy', 'default', '--format', 'json'], {
      PIGUARD_KEY: KEY,
    });
    expect(r.code).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.k).toBe(1);
    expect(typeof j.uniqueShare).toBe('number');
    expect(j.after.k).toBeGreaterThan(1);
    const t = await cli(['risk', input, '--quasi', '出生日期,性别']);
    expect(t.stdout).toMatch(/k = 1/);
    expect(t.stdout).toMatch(/not anonymous/);
  });
});
