import { describe, expect, it } from 'vitest';
import { ibanCheckDigits, isValidIbanChecksum } from './iso7064-mod97-10.js';

describe('iso7064-mod97-10', () => {
  it('accepts the ECBS examples (pi-taxonomy Appendix A)', () => {
    expect(isValidIbanChecksum('GB82WEST12345698765432')).toBe(true);
    expect(isValidIbanChecksum('DE89370400440532013000')).toBe(true);
  });
  it('rejects a changed digit and transposed digits', () => {
    expect(isValidIbanChecksum('GB82WEST12345698765431')).toBe(false);
    expect(isValidIbanChecksum('DE89370400440532010300')).toBe(false);
  });
  it('computes check digits that validate', () => {
    expect(ibanCheckDigits('GB', 'WEST12345698765432')).toBe('82');
    expect(ibanCheckDigits('DE', '370400440532013000')).toBe('89');
    const iban = `FR${ibanCheckDigits('FR', '20041010050500013M02606')}20041010050500013M02606`;
    expect(isValidIbanChecksum(iban)).toBe(true);
  });
  it('rejects lower case and malformed input', () => {
    expect(isValidIbanChecksum('gb82west12345698765432')).toBe(false);
    expect(isValidIbanChecksum('GB8')).toBe(false);
    expect(() => ibanCheckDigits('G1', '123')).toThrow(RangeError);
  });
});
