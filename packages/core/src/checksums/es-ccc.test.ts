import { describe, expect, it } from 'vitest';
import { esCccControl, isValidEsCcc } from './es-ccc.js';

describe('es-ccc', () => {
  it('computes the control digits of a textbook CCC', () => {
    // 2100 0418 45 0200051332: the CCC inside ES91 2100 0418 4502 0005 1332, the ECBS example IBAN.
    expect(esCccControl('2100', '0418', '0200051332')).toBe('45');
    expect(isValidEsCcc('21000418450200051332')).toBe(true);
  });
  it('rejects a changed account digit', () => {
    expect(isValidEsCcc('21000418450200051331')).toBe(false);
  });
  it('maps 11 to 0 and 10 to 1', () => {
    const values = new Set<string>();
    for (let i = 0; i < 200; i++) values.add(esCccControl('0000', '0000', String(i).padStart(10, '0'))[1]!);
    expect([...values].every((d) => /^\d$/.test(d))).toBe(true);
    expect(values.has('0') && values.has('1')).toBe(true);
  });
  it('rejects malformed input', () => {
    expect(isValidEsCcc('2100041845020005133')).toBe(false);
    expect(() => esCccControl('21', '0418', '0200051332')).toThrow(RangeError);
  });
});
