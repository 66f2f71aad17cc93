import { describe, expect, it } from 'vitest';
import { isValidVin, vinCheckChar } from './iso3779-vin.js';

describe('ISO 3779 VIN check digit', () => {
  it('accepts the textbook example and a China WMI', () => {
    expect(isValidVin('1M8GDM9AXKP042788')).toBe(true);
    expect(isValidVin('LSVAU2182N2183290')).toBe(true);
  });
  it('rejects a changed character', () => {
    expect(isValidVin('1M8GDM9AXKP042789')).toBe(false);
    expect(isValidVin('LSVAU2183N2183290')).toBe(false);
  });
  it('rejects I, O and Q and wrong lengths', () => {
    expect(vinCheckChar('1M8GDM9AXKP04278O')).toBeUndefined();
    expect(vinCheckChar('1M8GDM9AXKP04278')).toBeUndefined();
  });
  it('ignores position 9 itself (weight 0)', () => expect(vinCheckChar('1M8GDM9A0KP042788')).toBe('X'));
});
