import { describe, expect, it } from 'vitest';
import { generateRic18 } from '../testing/generate-identifiers.js';
import { addressToCity, generalize } from './generalize.js';

const now = new Date('2026-06-01T00:00:00Z');
const g = (entity: string, value: string, spec: object = {}, piType = 'PI.X') =>
  generalize({ entity, value, piType }, { kind: 'generalize', ...spec }, { now });

describe('generalize', () => {
  it('turns a birth date into its year or an age band', () => {
    expect(g('DATE_OF_BIRTH', '1990-05-17')).toBe('1990年');
    expect(g('DATE_OF_BIRTH', '1990年5月17日', { date: 'age-band' })).toBe('30-39岁');
    expect(g('DATE_OF_BIRTH', '2001.02.03', { date: 'age-band', width: 5 })).toBe('25-29岁');
  });
  it('turns an address into its city', () => {
    expect(addressToCity('浙江省杭州市西湖区文三路90号')).toBe('浙江省杭州市');
    expect(g('CN_ADDRESS', '北京市海淀区中关村大街27号')).toBe('北京市');
  });
  it('turns a number into a range and an ID into prefecture and birth year', () => {
    expect(g('AGE', '37')).toBe('30-39');
    expect(g('AMOUNT', '12345', { width: 1000 })).toBe('12000-12999');
    expect(g('CN_RIC18', generateRic18('330106', '19850317', '123'))).toBe('330100 1985年');
  });
  it('masks what it cannot generalise', () => {
    expect(g('CN_MOBILE', '13812345678', {}, 'PI.BASIC.PHONE')).toBe('138****5678');
  });
});
