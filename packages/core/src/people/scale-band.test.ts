import { describe, expect, it } from 'vitest';
import { CriminalTierTally } from './criminal-tiers.js';
import { baseBand, escalatedBand, thresholdsReached } from './scale-band.js';

describe('scale bands (pi-taxonomy §7.2)', () => {
  it('places counts on their band at each boundary', () => {
    const at = [0, 49, 50, 499, 500, 4_999, 5_000, 99_999, 100_000, 999_999, 1_000_000, 9_999_999, 10_000_000, 2e9];
    expect(at.map(baseBand)).toEqual(['S0', 'S0', 'S1', 'S1', 'S2', 'S2', 'S3', 'S3', 'S4', 'S4', 'S5', 'S5', 'S6', 'S6']);
  });
  it('escalates once for sensitive PI, once for minors, and stops at S6', () => {
    expect(escalatedBand('S0', 0, 0)).toBe('S0');
    expect(escalatedBand('S2', 1, 0)).toBe('S3');
    expect(escalatedBand('S2', 1, 1)).toBe('S4');
    expect(escalatedBand('S5', 3, 2)).toBe('S6');
  });
});

describe('thresholds (pi-taxonomy §7.1)', () => {
  const count = (people: number, sensitivePeople = 0, minors = 0, facePeople = 0) =>
    thresholdsReached({ people, sensitivePeople, minors, facePeople }).join('\n');
  it('names nothing for a few people with general PI', () => {
    expect(count(49)).toBe('');
  });
  it('names the PI protection officer and the 较大 incident from 1M people', () => {
    expect(count(999_999)).not.toMatch(/个人信息保护负责人/);
    expect(count(1_000_000)).toMatch(/个人信息保护负责人.*PI protection officer/);
    expect(count(1_000_000)).toMatch(/security assessment/);
  });
  it('names the important-data duties from 10M and the especially major incident from 100M', () => {
    expect(count(10_000_000)).toMatch(/重要数据处理者/);
    expect(count(10_000_000)).not.toMatch(/特别重大/);
    expect(count(100_000_000)).toMatch(/特别重大/);
  });
  it('takes sensitive people, minors and face data into account', () => {
    expect(count(100, 10_000)).toMatch(/security assessment/);
    expect(count(100, 1)).toMatch(/standard contract/);
    expect(count(100, 0, 1)).toMatch(/未成年人/);
    expect(count(200_000, 0, 0, 100_000)).toMatch(/人脸/);
  });
});

describe('criminal tiers (法释〔2017〕10号 Art. 5)', () => {
  it('is serious at the tier and especially serious at ten times it, per kind of information', () => {
    const t = new CriminalTierTally();
    for (let i = 0; i < 49; i++) t.add(['SPI.TRAJECTORY']);
    expect(t.counts()).toEqual([{ crimTier: 50, piTypes: ['SPI.TRAJECTORY'], records: 49, level: 'below' }]);
    t.add(['SPI.TRAJECTORY', 'PI.BASIC.NAME']);
    expect(t.counts().map((c) => [c.crimTier, c.records, c.level])).toEqual([
      [50, 50, 'serious'],
      [5000, 1, 'below'],
    ]);
    for (let i = 0; i < 450; i++) t.add(['SPI.FIN.CARD']);
    expect(t.counts()[0]).toMatchObject({ records: 500, level: 'especially_serious', piTypes: ['SPI.FIN.CARD', 'SPI.TRAJECTORY'] });
  });
  it('counts a record once per tier however many types of that tier it holds', () => {
    const t = new CriminalTierTally();
    t.add(['SPI.MED.CONDITION', 'SPI.MED.RECORD', 'unknown.type']);
    expect(t.counts()).toEqual([{ crimTier: 500, piTypes: ['SPI.MED.CONDITION', 'SPI.MED.RECORD'], records: 1, level: 'below' }]);
  });
});
