import { describe, expect, it } from 'vitest';
import { hkidCheckChar, isValidHkid } from './hkid-mod11.js';

describe('hkid-mod11', () => {
  it('computes the published examples (pi-taxonomy Appendix A)', () => {
    expect(hkidCheckChar('A123456')).toBe('3');
    expect(hkidCheckChar('G123456')).toBe('A');
    expect(hkidCheckChar('AB987654')).toBe('3');
  });
  it('validates and rejects', () => {
    expect(isValidHkid('A1234563')).toBe(true);
    expect(isValidHkid('a1234563')).toBe(true);
    expect(isValidHkid('A1234564')).toBe(false);
    expect(isValidHkid('G123456A')).toBe(true);
  });
  it('rejects malformed bodies', () => {
    expect(hkidCheckChar('ABC123456')).toBeUndefined();
    expect(hkidCheckChar('A12345')).toBeUndefined();
    expect(isValidHkid('')).toBe(false);
    expect(isValidHkid('12345678')).toBe(false);
  });
});
