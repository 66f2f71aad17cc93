import { describe, expect, it } from 'vitest';
import { hkidValid, twidValid } from './hk-tw-id.js';
import { luhnValid } from './luhn.js';
import { residentId15Valid, residentId18Valid } from './resident-id.js';
import { usccValid } from './uscc.js';

// Values built here from the published definitions (spec examples), never copied from the data folder.
describe('reference checks', () => {
  it('luhn', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(luhnValid('4111111111111112')).toBe(false);
  });
  it('resident id', () => {
    expect(residentId18Valid('11010519491231002X')).toBe(true);
    expect(residentId18Valid('11010519491231002Y')).toBe(false);
    expect(residentId18Valid('110105194912310021')).toBe(false);
    expect(residentId18Valid('99010519491231002X')).toBe(false);
    expect(residentId15Valid('110105491231002')).toBe(true);
    expect(residentId15Valid('110105491331002')).toBe(false);
  });
  it('uscc', () => {
    expect(usccValid('91110000600037341L')).toBe(true);
    expect(usccValid('91110000600037341M')).toBe(false);
  });
  it('hkid and twid', () => {
    expect(hkidValid('A123456(3)')).toBe(true);
    expect(hkidValid('A123456(4)')).toBe(false);
    expect(twidValid('A123456789')).toBe(true);
    expect(twidValid('A123456788')).toBe(false);
  });
});
