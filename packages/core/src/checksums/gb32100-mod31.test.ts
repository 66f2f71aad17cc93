import { describe, expect, it } from 'vitest';
import { gb32100CheckChar, isValidGb32100 } from './gb32100-mod31.js';

describe('GB 32100 mod 31', () => {
  it('accepts the python-stdnum and any-rule examples', () => {
    expect(isValidGb32100('91110000600037341L')).toBe(true);
    expect(isValidGb32100('91230184MA1BUFLT44')).toBe(true);
    expect(isValidGb32100('92371000MA3MXH0E3W')).toBe(true);
  });
  it('rejects a wrong check character and characters outside the alphabet', () => {
    expect(isValidGb32100('91110000600037341M')).toBe(false);
    expect(isValidGb32100('91110000600037341I')).toBe(false);
    expect(gb32100CheckChar('9111000060003734O')).toBeUndefined();
    expect(gb32100CheckChar('short')).toBeUndefined();
  });
  it('computes the check character of a body', () => expect(gb32100CheckChar('91110000600037341')).toBe('L'));
});
