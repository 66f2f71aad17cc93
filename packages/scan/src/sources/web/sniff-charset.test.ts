import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodePage, sniffCharset } from './sniff-charset.js';

const page = (text: string, head = ''): string => `<html><head>${head}</head><body><p>${text}</p></body></html>`;

describe('sniffCharset', () => {
  it('takes the HTTP header first, even against the meta', () => {
    const bytes = iconv.encode(page('员工通讯录', '<meta charset="utf-8">'), 'gbk');
    expect(sniffCharset(bytes, 'text/html; charset=GBK')).toMatchObject({ encoding: 'gb18030', via: 'header' });
  });
  it('takes <meta> (charset or http-equiv) when the header names none; gb2312 maps to gb18030', () => {
    const bytes = iconv.encode(page('员工通讯录 身份证号', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'), 'gbk');
    const cs = sniffCharset(bytes, 'text/html');
    expect(cs).toMatchObject({ encoding: 'gb18030', via: 'meta' });
    expect(decodePage(bytes, cs)).toContain('员工通讯录 身份证号');
  });
  it('detects undeclared Big5, GBK and UTF-8 by strict decoding', () => {
    const big5 = iconv.encode(page('陳大文的身分證字號與電話號碼已經洩漏'), 'big5');
    expect(sniffCharset(big5)).toMatchObject({ encoding: 'big5', via: 'detected' });
    expect(decodePage(big5, sniffCharset(big5))).toContain('陳大文的身分證字號');
    const gbk = iconv.encode(page('个人信息保护法规定，处理敏感个人信息应当取得个人的单独同意'), 'gbk');
    expect(sniffCharset(gbk)).toMatchObject({ encoding: 'gb18030', via: 'detected' });
    expect(sniffCharset(Buffer.from(page('个人信息'), 'utf8'))).toMatchObject({ encoding: 'utf-8', via: 'detected' });
  });
  it('honours a byte-order mark over everything', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(page('个人'))]);
    const cs = sniffCharset(bytes, 'text/html; charset=big5');
    expect(cs).toMatchObject({ encoding: 'utf-8', via: 'bom' });
    expect(decodePage(bytes, cs).startsWith('<html>')).toBe(true);
  });
  it('ignores an unknown declared charset and falls through to detection', () => {
    const bytes = Buffer.from(page('个人信息'), 'utf8');
    expect(sniffCharset(bytes, 'text/html; charset=x-unknown')).toMatchObject({ encoding: 'utf-8', via: 'detected' });
  });
});
