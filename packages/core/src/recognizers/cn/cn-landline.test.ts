import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
import { recognizerTests } from '../../testing/index.js';
import { cnLandline } from './cn-landline.js';

describe('cn-landline', () => {
  for (const t of recognizerTests(cnLandline, {
    valid: [
      {
        name: 'Beijing 010 with hyphen',
        text: '010-62345678',
        expect: [{ value: '010-62345678', validation: 'valid', attributes: { areaCode: '010' } }],
      },
      { name: 'Shenzhen 7-digit subscriber', text: '0755-8765432', expect: [{ attributes: { areaCode: '0755' }, minScore: 0.85 }] },
      {
        name: 'parenthesised area code and extension',
        text: '(0571)88886666-123',
        expect: [{ value: '(0571)88886666-123', attributes: { areaCode: '0571', extension: '123' } }],
      },
      {
        name: 'extension with 转',
        text: '总机 021-61234567转8001',
        expect: [{ value: '021-61234567转8001', attributes: { extension: '8001' } }],
      },
      { name: 'split subscriber', text: '传真 010-6234 5678', expect: [{ value: '010-6234 5678' }] },
      {
        name: '+86 international form',
        text: 'Tel +86 10 6234 5678',
        expect: [{ value: '+86 10 6234 5678', attributes: { areaCode: '010' } }],
      },
      {
        name: 'compact with context',
        text: '联系电话：02887654321',
        expect: [{ value: '02887654321', validation: 'unchecked', minScore: 0.5 }],
      },
      { name: 'local number with context', text: '座机 62345678', expect: [{ value: '62345678', validation: 'unchecked' }] },
      { name: 'traditional context', text: '聯絡電話 8765432', expect: [{ value: '8765432' }] },
      { name: 'local number labelled by another word', text: '电话：010-62345678；发票号 59707994', expect: [{ value: '010-62345678' }] },
      { name: 'one finding for an area-coded number in context', text: '电话 0898 6612 3456', expect: [{ value: '0898 6612 3456' }] },
    ],
    invalid: [
      { name: 'subscriber starting 1', text: '010-12345678' },
      { name: 'subscriber starting 0', text: '010-02345678' },
      { name: 'unknown area code 0260', text: '0260-87654321' },
      { name: 'compact without context', text: '02887654321' },
      { name: 'local without context', text: '62345678' },
      { name: '95xxx service line', text: '客服电话 95105888' },
      { name: '96xxx service line', text: '电话 96123456' },
      { name: '400 number', text: '电话 400-123-4567' },
      { name: '12345 hotline', text: '电话 12345' },
      { name: 'compact under an order number', text: '订单号 02887654321' },
      { name: 'glued to letters', text: 'SN010-62345678X' },
      { name: 'groups inside a printed IBAN', text: 'ES91 2100 0418 4502 0005 1332' },
    ],
  })) {
    it(t.name, t.run);
  }

  it('masks the subscriber but keeps the area code and last four digits', () => {
    const a = createAnalyzer({ recognizers: [cnLandline], types: ['cn-landline'] });
    expect(a.analyze('010-62345678')[0]?.masked).toBe('010-****5678');
    expect(a.analyze('0755-8765432')[0]?.masked).toBe('0755-***5432');
    expect(a.analyze('(0571)88886666-123')[0]?.masked).toBe('(0571)****6666-123');
  });

  it('runs in linear time on a hostile digit run', () => {
    const a = createAnalyzer({ recognizers: [cnLandline], types: ['cn-landline'] });
    const t0 = performance.now();
    a.analyze(`电话 ${'0-2'.repeat(20000)} ${'9'.repeat(50000)}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
