import { describe, expect, it } from 'vitest';
import { isValidTwId, twIdCheckDigit } from './tw-id-mod10.js';

describe('tw-id-mod10', () => {
  it('accepts the national ID, new UI and old UI examples (pi-taxonomy Appendix A)', () => {
    expect(isValidTwId('A123456789')).toBe(true);
    expect(isValidTwId('F212345674')).toBe(true);
    expect(isValidTwId('A800000014')).toBe(true);
    expect(isValidTwId('AC01234567')).toBe(true);
  });
  it('rejects a wrong check digit', () => {
    expect(isValidTwId('A123456788')).toBe(false);
    expect(twIdCheckDigit('A12345678')).toBe('9');
  });
  it('maps the out-of-order letters I, O, W, Z', () => {
    // I=34, O=35, W=32, Z=33: a body differing only in the letter must change the check.
    const checks = ['I', 'O', 'W', 'Z'].map((l) => twIdCheckDigit(`${l}12345678`));
    expect(new Set(checks).size).toBe(4);
    expect(isValidTwId(`I12345678${twIdCheckDigit('I12345678')}`)).toBe(true);
  });
  it('rejects malformed values', () => {
    expect(twIdCheckDigit('A32345678')).toBeUndefined();
    expect(isValidTwId('A12345678')).toBe(false);
    expect(isValidTwId('1123456789')).toBe(false);
  });
});
