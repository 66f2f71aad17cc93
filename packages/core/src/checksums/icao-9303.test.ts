import { describe, expect, it } from 'vitest';
import { icaoCheckDigit, isValidIcaoCheck } from './icao-9303.js';

describe('icao-9303', () => {
  it('computes the ICAO specimen check digits', () => {
    expect(icaoCheckDigit('L898902C3')).toBe('6');
    expect(icaoCheckDigit('740812')).toBe('2');
    expect(icaoCheckDigit('120415')).toBe('9');
    expect(icaoCheckDigit('E12345678')).toBe('2');
  });
  it('counts filler as zero', () => {
    expect(icaoCheckDigit('AB<<<')).toBe(icaoCheckDigit('AB000'));
  });
  it('validates and rejects', () => {
    expect(isValidIcaoCheck('L898902C3', '6')).toBe(true);
    expect(isValidIcaoCheck('L898902C3', '7')).toBe(false);
    expect(isValidIcaoCheck('<<<<<<', '<')).toBe(true);
    expect(isValidIcaoCheck('l898902c3', '6')).toBe(false);
  });
});
