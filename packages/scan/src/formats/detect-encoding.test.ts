import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectEncoding, encodingOfCharset, plausibility } from './detect-encoding.js';

const SIMPLIFIED = ['员工通讯录', '客户姓名：张三，电话号码见附件', '身份证号', '患者住址：北京市朝阳区建国路'];
const TRADITIONAL = ['陳大文 電話', '客戶姓名：陳大文，電話號碼', '員工通訊錄', '臺灣身分證字號'];

describe('detectEncoding', () => {
  it('reads byte-order marks', () => {
    expect(detectEncoding(Uint8Array.from([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ encoding: 'utf-8', bomLength: 3, clean: true });
    expect(detectEncoding(Uint8Array.from([0xff, 0xfe, 0x41, 0]))).toMatchObject({ encoding: 'utf-16le', bomLength: 2 });
    expect(detectEncoding(Uint8Array.from([0xfe, 0xff, 0, 0x41]))).toMatchObject({ encoding: 'utf-16be', bomLength: 2 });
  });

  it('finds UTF-16 without a BOM by its zero bytes', () => {
    expect(detectEncoding(iconv.encode('name: Zhang San, phone 13800000000', 'utf16le')).encoding).toBe('utf-16le');
    expect(detectEncoding(iconv.encode('name: Zhang San, phone 13800000000', 'utf16be')).encoding).toBe('utf-16be');
  });

  it('takes valid UTF-8 as UTF-8', () => {
    for (const s of [...SIMPLIFIED, ...TRADITIONAL, 'plain ascii']) expect(detectEncoding(Buffer.from(s, 'utf8')).encoding).toBe('utf-8');
  });

  it.each(SIMPLIFIED)('tells short GBK text (%s) from Big5', (s) => {
    expect(detectEncoding(iconv.encode(s, 'gbk'))).toEqual({ encoding: 'gb18030', bomLength: 0, clean: true });
  });

  it.each(TRADITIONAL)('tells short Big5 text (%s) from GBK', (s) => {
    expect(detectEncoding(iconv.encode(s, 'big5'))).toEqual({ encoding: 'big5', bomLength: 0, clean: true });
  });

  it('reads GB18030 four-byte characters', () => {
    expect(detectEncoding(iconv.encode('𠮷野家 员工 电话', 'gb18030')).encoding).toBe('gb18030');
  });

  it('falls back to Windows-1252 for Latin text', () => {
    expect(detectEncoding(iconv.encode('Müller, Straße 5, Köln', 'latin1')).encoding).toBe('windows-1252');
  });

  it('honours a declared charset and maps GBK and GB2312 to GB18030', () => {
    expect(detectEncoding(iconv.encode('陳大文', 'big5'), 'Big5').encoding).toBe('big5');
    expect(encodingOfCharset('GB2312')).toBe('gb18030');
    expect(encodingOfCharset('x-unknown')).toBeUndefined();
  });

  it('is not fooled by a multi-byte character cut at the end of the sample', () => {
    const bytes = Buffer.from('姓名张三'.repeat(10), 'utf8');
    expect(detectEncoding(bytes.subarray(0, bytes.length - 1)).encoding).toBe('utf-8');
  });

  it('scores common Chinese above mojibake', () => {
    const gbk = iconv.encode('客户姓名电话', 'gbk');
    expect(plausibility(new TextDecoder('gb18030').decode(gbk))).toBeGreaterThan(plausibility(new TextDecoder('big5').decode(gbk)));
  });
});
