import { describe, expect, it } from 'vitest';
import { stripInlinePinyin } from './strip-inline-pinyin.js';

describe('stripInlinePinyin', () => {
  it('removes toned pinyin after characters, in ASCII and full-width brackets', () => {
    expect(stripInlinePinyin('個(gè)人信息保護(hù)檢察')).toBe('個人信息保護檢察');
    expect(stripInlinePinyin('監（jiān）督 zhong1(zhong1)')).toBe('監督 zhong1(zhong1)');
    expect(stripInlinePinyin('认(ren4)证')).toBe('认证');
  });
  it('keeps brackets that are not pinyin', () => {
    expect(stripInlinePinyin('世界互联网大会(WIC) 公司(a) 公司(ABC)')).toBe('世界互联网大会(WIC) 公司(a) 公司(ABC)');
  });
});
