import { describe, expect, it } from 'vitest';
import { generateRic18 } from '../testing/generate-identifiers.js';
import { addressToDistrict, mask } from './mask.js';

const m = (entity: string, value: string, piType = 'PI.X') => mask({ entity, value, piType }, { kind: 'mask' }, {});

describe('mask', () => {
  it('keeps the region and the last four of an ID number', () => {
    const id = generateRic18('110105', '19491231', '002');
    expect(m('CN_RIC18', id)).toBe(`110105********${id.slice(14)}`);
  });
  it('masks a mobile 3 + 4, keeping separators and +86', () => {
    expect(m('CN_MOBILE', '13812345678')).toBe('138****5678');
    expect(m('CN_MOBILE', '138-1234-5678')).toBe('138-****-5678');
    expect(m('CN_MOBILE', '+86 13812345678')).toBe('+86 138****5678');
  });
  it('keeps the surname of a name', () => {
    expect(m('PERSON', '张三')).toBe('张*');
    expect(m('PERSON', '王小明')).toBe('王**');
    expect(m('PERSON', '欧阳娜娜')).toBe('欧阳**');
    expect(m('PERSON', 'John Smith')).toBe('J*** S****');
  });
  it('keeps an address down to the district', () => {
    expect(addressToDistrict('北京市海淀区中关村大街27号')).toBe('北京市海淀区');
    expect(m('CN_ADDRESS', '北京市海淀区中关村大街27号')).toBe('北京市海淀区****');
    expect(m('CN_ADDRESS', '浙江省杭州市西湖区文三路90号')).toBe('浙江省杭州市西湖区****');
  });
  it('keeps the first letter and the domain of an email, the year of a date, IIN and last four of a card', () => {
    expect(m('EMAIL', 'zhangsan@example.com')).toBe('z***@example.com');
    expect(m('DATE_OF_BIRTH', '1990-05-17')).toBe('1990-**-**');
    expect(m('BANK_CARD', '6222021234567890123')).toBe('622202*********0123');
  });
  it('falls back to the recogniser preview, then to the default mask', () => {
    expect(mask({ entity: 'QQ', value: '123456789', piType: 'PI.NET.ACCOUNT', masked: '12****789' }, { kind: 'mask' }, {})).toBe(
      '12****789',
    );
    expect(m('QQ', '123456789')).not.toContain('3456');
  });
  it('uses the glyph asked for', () => {
    expect(mask({ entity: 'CN_MOBILE', value: '13812345678', piType: 'PI.BASIC.PHONE' }, { kind: 'mask', glyph: '#' }, {})).toBe(
      '138####5678',
    );
  });
});
