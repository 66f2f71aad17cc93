import { describe, expect, it } from 'vitest';
import { isValidMod11_2 } from '../checksums/iso7064-mod11-2.js';
import { generateRic18 } from '../testing/generate-identifiers.js';
import { parseMaskedRic, sharedVisible, unionRicPatterns } from './masked-ric-pattern.js';
import { readMaskedRic } from './ric-mask-state.js';
import { ricResidual } from './ric-residual.js';

const now = new Date('2026-01-15T00:00:00Z');
const count = (masked: string): number => ricResidual(parseMaskedRic(masked) as string, now).candidates;

// Brute force over the hidden digits, for cross-checking the histogram arithmetic on small cases.
function bruteForce(pattern: string): number {
  const hidden = [...pattern].flatMap((c, i) => (c === '?' ? [i] : []));
  let n = 0;
  for (let k = 0; k < 10 ** hidden.length; k++) {
    const chars = [...pattern];
    let x = k;
    for (const i of hidden) {
      chars[i] = i === 17 ? '0123456789X'[x % 11]! : String(x % 10);
      x = Math.floor(x / (i === 17 ? 11 : 10));
    }
    const v = chars.join('');
    const y = Number(v.slice(6, 10));
    const d = new Date(Date.UTC(y, Number(v.slice(10, 12)) - 1, Number(v.slice(12, 14))));
    const real = d.getUTCFullYear() === y && d.getUTCMonth() + 1 === Number(v.slice(10, 12)) && d.getUTCDate() === Number(v.slice(12, 14));
    if (real && y >= 1900 && d <= now && isValidMod11_2(v)) n++;
  }
  return n;
}

describe('ricResidual (pi-taxonomy §5.4 table)', () => {
  it('counts the completions of the five example masks', () => {
    expect(count('110105********002X')).toBe(4184);
    expect(count('110105**********2X')).toBe(418509);
    expect(count('110105194912******')).toBe(31000);
    expect(count('11010519491231***X')).toBe(91);
    expect(count('1101051949123100*X')).toBe(1);
  });
  it('agrees with brute force on masks of up to four hidden digits', () => {
    const id = generateRic18('320102', '20080229', '317');
    for (const hide of [[17], [16, 17], [12, 13], [10, 11, 12], [8, 9, 14, 15], [2, 3, 16]]) {
      const pattern = [...id].map((c, i) => (hide.includes(i) ? '?' : c)).join('');
      expect(ricResidual(pattern, now).candidates, pattern).toBe(bruteForce(pattern));
    }
  });
  it('lists the completions when few fit, always including the true number', () => {
    const id = generateRic18('110105', '19491231', '002');
    const r = ricResidual(`${id.slice(0, 16)}?${id[17]}`, now);
    expect(r.completions).toEqual([id]);
  });
  it('is fast enough to run for every finding', () => {
    const masks = ['110105********002X', '1101**********002X', '??????19491231002X', '110105194912******'];
    const t = performance.now();
    for (let i = 0; i < 2000; i++) ricResidual(parseMaskedRic(masks[i % masks.length] as string) as string, now);
    expect((performance.now() - t) / 2000).toBeLessThan(1);
  });
});

describe('parseMaskedRic', () => {
  it('reads glyphs, X runs and fixed-width masks; keeps a lone final X as the check digit', () => {
    expect(parseMaskedRic('110105＊＊＊＊＊＊＊＊002X')).toBe('110105????????002X');
    expect(parseMaskedRic('110105XXXXXXXX002X')).toBe('110105????????002X');
    expect(parseMaskedRic('11010519491231XXXX')).toBe('11010519491231????');
    expect(parseMaskedRic('1101●●●●●●●●●●●●●x')).toBe('1101?????????????X');
    expect(parseMaskedRic('1101051949******')).toBe('1101051949????????');
    expect(parseMaskedRic('**********31002X')).toBe('????????????31002X');
  });
  it('rejects values with nothing hidden, letters, or two mask runs in a short form', () => {
    expect(parseMaskedRic('11010519491231002X')).toBeUndefined();
    expect(parseMaskedRic('1101A5********002X')).toBeUndefined();
    expect(parseMaskedRic('11**05**1949002X')).toBeUndefined();
  });
  it('unions compatible patterns and refuses conflicting ones', () => {
    expect(unionRicPatterns('1101051949????????', '????????????31002X')).toBe('1101051949??31002X');
    expect(unionRicPatterns('110105????????002X', '110106????????002X')).toBeUndefined();
    expect(sharedVisible('110105????????002X', '1101051949????????')).toBe(6);
  });
});

describe('readMaskedRic (state rule)', () => {
  const read = (m: string) => readMaskedRic(parseMaskedRic(m) as string, now);
  it('applies masked / partially masked / exposed', () => {
    expect(read('110105********002X')?.state).toBe('masked');
    expect(read('110105194912******')?.state).toBe('partially_masked');
    expect(read('1101051949******')?.state).toBe('masked');
    expect(read('11010519491231***X')?.state).toBe('partially_masked');
    expect(read('1101051949123100*X')?.state).toBe('exposed');
    expect(read('11010519491231****')).toMatchObject({ state: 'partially_masked', attributes: { birthDate: '1949-12-31' } });
  });
  it('marks a child as a minor when the visible birth date says so', () => {
    const r = read('44030520150601****');
    expect(r?.attributes).toMatchObject({ minor: true, age: 10 });
    expect(read('440305201506******')?.attributes.minor).toBe(true);
    expect(read('440305********013X')?.attributes.minor).toBeUndefined();
  });
  it('returns undefined when no real number fits', () => {
    expect(readMaskedRic('11010519491331???X', now)).toBeUndefined();
  });
});
