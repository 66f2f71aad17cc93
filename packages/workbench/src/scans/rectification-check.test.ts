import { describe, expect, it } from 'vitest';
import { rectificationVerdict } from './rectification-check.js';

describe('rectificationVerdict', () => {
  it('reads no findings as gone, fewer findings or people as reduced, the rest as still there', () => {
    const before = { findings: 10, people: 8 };
    expect(rectificationVerdict(before, { findings: 0, people: 0 })).toBe('gone');
    expect(rectificationVerdict(before, { findings: 4, people: 4 })).toBe('reduced');
    expect(rectificationVerdict(before, { findings: 10, people: 7 })).toBe('reduced');
    expect(rectificationVerdict(before, { findings: 12, people: 9 })).toBe('still-there');
    expect(rectificationVerdict(before, undefined)).toBe('check-failed');
  });
});
