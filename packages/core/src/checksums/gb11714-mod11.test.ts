import { describe, expect, it } from 'vitest';
import { gb11714CheckChar, isValidGb11714 } from './gb11714-mod11.js';

describe('GB 11714 organisation code check', () => {
  it('computes the check of 60003734 as 1', () => expect(gb11714CheckChar('60003734')).toBe('1'));
  it('validates the organisation part of a USCC', () => {
    expect(isValidGb11714('600037341')).toBe(true);
    expect(isValidGb11714('600037342')).toBe(false);
  });
  it('writes 10 as X and 11 as 0', () => {
    const bodies = Array.from({ length: 400 }, (_, i) => String(10000000 + i * 7919));
    const checks = new Set(bodies.map((b) => gb11714CheckChar(b)));
    expect(checks.has('X')).toBe(true);
    expect(checks.has('0')).toBe(true);
    expect([...checks].every((c) => c !== undefined && /^[0-9X]$/.test(c))).toBe(true);
  });
  it('rejects malformed bodies', () => {
    expect(gb11714CheckChar('6000373')).toBeUndefined();
    expect(gb11714CheckChar('6000-734')).toBeUndefined();
  });
});
