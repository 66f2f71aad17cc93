import { describe, expect, it } from 'vitest';
import { labelBefore } from './label-before.js';

describe('labelBefore', () => {
  const words = ['股东账户', '账号', 'qq'];
  const at = (text: string, value: string) => labelBefore(text, text.indexOf(value), words);

  it('sees a label right before the value', () => {
    expect(at('股东账户：A123456789', 'A123456789')).toBe('labelled');
    expect(at('公积金个人账号（新）： 12345678', '12345678')).toBe('labelled');
    expect(at('QQ 12345', '12345')).toBe('labelled');
  });
  it('sees a label that belongs to another value', () => {
    expect(at('股东账户：A123456789 发票号 32561362', '32561362')).toBe('other');
    expect(at('账号：1234567890，备注说明文字很长很长很长的一段 888888', '888888')).toBe('other');
  });
  it('reports no label', () => expect(at('发票号 32561362', '32561362')).toBe('none'));
});
