import { createAnalyzer, builtinRecognizers, isValidLuhn, luhnCheckDigit, mod11_2CheckChar, PiguardError } from '@piguard/core';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createScan } from '../scan/create-scan.js';
import { compileCustomRecognizer, isValidIso7064Mod11_2 } from './custom-recognizer.js';
import { EXAMPLE_CONFIG } from './example-config.js';
import { configScanOptions, findConfigFile, loadConfig, parseConfig } from './load-config.js';
import { stripJsonComments } from './strip-json-comments.js';

function configError(text: string): string {
  try {
    parseConfig(text, 'cfg.json');
  } catch (error) {
    expect(error).toBeInstanceOf(PiguardError);
    expect((error as PiguardError).code).toBe('E_CONFIG_INVALID');
    return (error as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

// A 9-digit member number (8 digits and a check digit) whose last digit is its Luhn check, so the custom recogniser validates it.
function memberId(body: string): string {
  return `AM${body}${luhnCheckDigit(body)}`;
}

describe('stripJsonComments', () => {
  it('removes line and block comments but not // inside strings, keeping line numbers', () => {
    const text = '{\n  // a comment\n  "url": "http://x//y", /* block\n  */ "n": 1 // tail\n}';
    const stripped = stripJsonComments(text);
    expect(JSON.parse(stripped)).toEqual({ url: 'http://x//y', n: 1 });
    expect(stripped.split('\n').length).toBe(text.split('\n').length);
  });
  it('keeps escaped quotes inside strings', () => {
    expect(JSON.parse(stripJsonComments('{"a": "say \\"//hi\\"" // c\n}'))).toEqual({ a: 'say "//hi"' });
  });
});

describe('parseConfig', () => {
  it('accepts the example that piguard init writes', () => {
    const config = parseConfig(EXAMPLE_CONFIG, '.piguardrc');
    expect(config.profile).toBe('gb45574');
    expect(config.recognizers?.[0]?.validator).toBe('luhn');
    expect(config.allowList?.patterns).toEqual(['^95\\d{3}$']);
  });
  it('names the position of a JSON syntax error', () => {
    expect(configError('{\n  "minScore": 0.5,\n  }')).toMatch(/cfg\.json at 3:\d+: not valid JSON/);
  });
  it('names each invalid key with its path', () => {
    const message = configError(
      JSON.stringify({
        minScore: 2,
        profile: 'gdpr',
        colour: 'red',
        recognizers: [{ id: 'Bad Id', entity: 'X', piType: 'PI.NOPE', pattern: '(', validator: 'crc' }],
      }),
    );
    expect(message).toContain('minScore:');
    expect(message).toContain('profile:');
    expect(message).toMatch(/colour/);
    expect(message).toContain('recognizers[0].id: must be kebab-case');
    expect(message).toContain('recognizers[0].piType: is not a taxonomy id');
    expect(message).toContain('recognizers[0].validator:');
  });
  it('rejects a pattern that does not compile or matches the empty string', () => {
    const base = { id: 'x-id', entity: 'X_ID', piType: 'PI.NET.ACCOUNT' };
    expect(configError(JSON.stringify({ recognizers: [{ ...base, pattern: '([a-z' }] }))).toContain(
      'recognizers[0].pattern: is not a valid regular expression',
    );
    expect(configError(JSON.stringify({ recognizers: [{ ...base, pattern: '\\d*' }] }))).toContain('matches the empty string');
    expect(configError(JSON.stringify({ allowList: { patterns: ['[z-a]'] } }))).toContain('allowList.patterns[0]');
    for (const evil of ['(a+)+$', '(\\d*)*x', '(?:ab+){2,}']) {
      expect(configError(JSON.stringify({ recognizers: [{ ...base, pattern: evil }] }))).toContain('catastrophic backtracking');
    }
    expect(configError(JSON.stringify({ allowList: { patterns: ['(x+)+'] } }))).toContain('catastrophic backtracking');
  });
  it('rejects duplicate recogniser ids and required context without words', () => {
    const r = { id: 'x-id', entity: 'X_ID', piType: 'PI.NET.ACCOUNT', pattern: 'X\\d+' };
    expect(configError(JSON.stringify({ recognizers: [r, r] }))).toContain('unique');
    expect(configError(JSON.stringify({ recognizers: [{ ...r, contextRequired: true }] }))).toContain('contextRequired');
  });
});

describe('custom recognisers', () => {
  const config = parseConfig(EXAMPLE_CONFIG, '.piguardrc');
  const spec = config.recognizers?.[0];
  if (!spec) throw new Error('the example has a recogniser');

  it('finds values that pass the named validator and drops those that fail', () => {
    const analyzer = createAnalyzer({ recognizers: [...builtinRecognizers, compileCustomRecognizer(spec)], types: ['acme-member-id'] });
    const good = memberId('12345678');
    const badCheck = String((Number(good.slice(-1)) + 1) % 10);
    const bad = good.slice(0, -1) + badCheck;
    expect(isValidLuhn(bad.slice(2))).toBe(false);
    const found = analyzer.analyze(`会员号 ${good}，另一个 ${bad}`);
    expect(found.map((f) => f.value)).toEqual([good]);
    expect(found[0]?.entity).toBe('ACME_MEMBER_ID');
    expect(found[0]?.piType).toBe('PI.NET.ACCOUNT');
  });
  it('requires a context word when the config says so', () => {
    const strict = compileCustomRecognizer({ ...spec, validator: 'none', contextRequired: true });
    const analyzer = createAnalyzer({ recognizers: [strict], types: ['acme-member-id'] });
    const id = memberId('98765432');
    expect(analyzer.analyze(`编号 ${id}`)).toHaveLength(0);
    expect(analyzer.analyze(`会员编号 ${id}`)).toHaveLength(1);
  });
  it('mod11-2 agrees with the resident-ID check character for 18-character values', () => {
    for (const body of ['11010519491231002', '44030419800101123', '51010019991111456']) {
      const check = mod11_2CheckChar(body) as string;
      expect(isValidIso7064Mod11_2(body + check)).toBe(true);
      expect(isValidIso7064Mod11_2(body + (check === '0' ? '1' : '0'))).toBe(false);
    }
  });
  it('an allow-list value and pattern from the config drop findings', () => {
    const options = configScanOptions(
      parseConfig(JSON.stringify({ allowList: { values: ['13800138000'], patterns: ['^1390013\\d{4}$'] } }), 'x'),
    );
    const analyzer = createAnalyzer({ ...(options.allowList ? { allowList: options.allowList } : {}), types: ['CN_MOBILE'] });
    expect(analyzer.analyze('手机 13800138000 手机 13900131234 手机 13712345678').map((f) => f.value)).toEqual(['13712345678']);
  });
});

describe('findConfigFile and loadConfig', () => {
  let dir: string;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('prefers the scanned folder, then the current directory; a missing file is an error only when named', async () => {
    dir = await mkdtemp(join(tmpdir(), 'piguard-config-'));
    const scanned = join(dir, 'data');
    const cwd = join(dir, 'cwd');
    await mkdir(scanned);
    await mkdir(cwd);
    expect(await findConfigFile([scanned], cwd)).toBeUndefined();
    await writeFile(join(cwd, '.piguardrc'), '// cwd\n{"minScore": 0.7}');
    expect(await findConfigFile([scanned], cwd)).toBe(join(cwd, '.piguardrc'));
    await writeFile(join(scanned, 'piguard.config.json'), '{"minScore": 0.9}');
    const found = await findConfigFile([scanned], cwd);
    expect(found).toBe(join(scanned, 'piguard.config.json'));
    expect((await loadConfig(found as string)).minScore).toBe(0.9);
    await expect(loadConfig(join(dir, 'nope.json'))).rejects.toThrow(/cannot read config file/);
  });
});

describe('a config in a scan', () => {
  it('custom recognisers work in worker threads too (sent as data, compiled in each worker)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'piguard-config-scan-'));
    try {
      const good = memberId('24681357');
      await writeFile(join(dir, 'members.txt'), `会员号 ${good}\n`);
      const options = configScanOptions(parseConfig(EXAMPLE_CONFIG, '.piguardrc'));
      const values: string[] = [];
      for (const workers of [0, 1]) {
        const scan = createScan({ ...options, types: ['acme-member-id'], workers, inlineChars: 0, secret: new Uint8Array(32).fill(3) });
        await scan.run([dir], { finding: (f) => values.push(`${workers}:${f.entity}:${f.value}`), issue: () => {} });
      }
      expect(values).toEqual([`0:ACME_MEMBER_ID:${good}`, `1:ACME_MEMBER_ID:${good}`]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
