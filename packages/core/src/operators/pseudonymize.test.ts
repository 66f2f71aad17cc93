import { describe, expect, it } from 'vitest';
import { analyze } from '../analyzer/create-analyzer.js';
import { isValidLuhn } from '../checksums/luhn.js';
import { isValidMod11_2 } from '../checksums/iso7064-mod11-2.js';
import { mobileSegmentOf } from '../recognizers/cn/mobile-segments.js';
import { cnRegionName } from '../recognizers/cn/cn-regions.js';
import { generateLuhn, generateRic18 } from '../testing/generate-identifiers.js';
import { pseudonymize } from './pseudonymize.js';
import { testKeys } from './test-keys.js';

const keys = testKeys();
const p = (entity: string, value: string, spec: object = {}) =>
  pseudonymize({ entity, value, piType: 'PI.X' }, { kind: 'pseudonymize', ...spec }, { keys });

describe('pseudonymize', () => {
  const id = generateRic18('330106', '19850317', '123');

  it('gives an ID number a valid surrogate with a real region and date, the analyzer finds it as one', () => {
    const fake = p('CN_RIC18', id);
    expect(fake).not.toBe(id);
    expect(isValidMod11_2(fake)).toBe(true);
    expect(cnRegionName(fake.slice(0, 6))).toBeDefined();
    expect(analyze(`身份证号 ${fake}`).some((f) => f.entity === 'CN_RIC18' && f.value === fake)).toBe(true);
  });
  it('keeps birth year and region when asked', () => {
    const fake = p('CN_RIC18', id, { keepBirthYear: true, keepRegion: true });
    expect(fake.slice(0, 10)).toBe('3301061985');
    expect(fake).not.toBe(id);
  });
  it('is stable per key and differs across keys', () => {
    expect(p('CN_RIC18', id)).toBe(p('CN_RIC18', id));
    expect(pseudonymize({ entity: 'CN_RIC18', value: id, piType: 'PI.ID.RIC' }, { kind: 'pseudonymize' }, { keys: testKeys(7) })).not.toBe(
      p('CN_RIC18', id),
    );
  });
  it('gives a mobile a number in an allocated segment, in the same shape', () => {
    const fake = p('CN_MOBILE', '13812345678');
    expect(fake).toMatch(/^1\d{10}$/);
    expect(mobileSegmentOf(fake)).toBeDefined();
    expect(p('CN_MOBILE', '+86 138-1234-5678')).toMatch(/^\+86 1\d{2}-\d{4}-\d{4}$/);
  });
  it('gives a Chinese name a Chinese name of the same length', () => {
    const fake = p('PERSON', '王小明');
    expect(Array.from(fake)).toHaveLength(3);
    expect(fake).toMatch(/^[\u4e00-\u9fff]{3}$/);
    expect(fake).not.toBe('王小明');
  });
  it('keeps the IIN and a valid Luhn digit of a card; keeps the shape of other values', () => {
    const card = generateLuhn('622202', 19);
    const fake = p('BANK_CARD', card);
    expect(fake.slice(0, 6)).toBe('622202');
    expect(isValidLuhn(fake)).toBe(true);
    expect(fake).not.toBe(card);
    expect(p('QQ', 'ab-1234')).toMatch(/^[a-z]{2}-\d{4}$/);
  });
  it('collides rarely: 20,000 distinct mobiles get at least 19,990 distinct surrogates', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20_000; i++) seen.add(p('CN_MOBILE', `139${String(i).padStart(8, '0')}`));
    expect(seen.size).toBeGreaterThanOrEqual(19_990);
  });
});
