import fc from 'fast-check';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
import { recognizerTests } from '../../testing/index.js';
import { e164Phone } from './e164-phone.js';

describe('e164-phone', () => {
  for (const t of recognizerTests(e164Phone, {
    valid: [
      {
        name: 'Hong Kong mobile',
        text: '電話 +852 5123 4567',
        expect: [{ value: '+852 5123 4567', validation: 'valid', attributes: { region: 'HK', lineType: 'mobile' } }],
      },
      { name: 'Macao mobile', text: '+853 6612 3456', expect: [{ attributes: { region: 'MO' } }] },
      { name: 'Taiwan mobile', text: 'tel:+886912345678', expect: [{ value: '+886912345678', attributes: { region: 'TW' } }] },
      { name: 'UK with hyphens', text: 'call +44-20-7946-0958 now', expect: [{ value: '+44-20-7946-0958', attributes: { region: 'GB' } }] },
      { name: 'US', text: 'Phone: +1 (415) 555-2671', expect: [{ value: '+1 (415) 555-2671' }] },
    ],
    invalid: [
      { name: '+86 is cn-mobile territory', text: '+86 138 1234 5678' },
      { name: 'Hong Kong number starting with 1', text: '+852 1234 5678' },
      { name: 'too short', text: '+44 20 79' },
      { name: 'no plus', text: '852 5123 4567' },
      { name: 'country code 0', text: '+0 123 456 7890' },
      { name: 'Hong Kong toll-free', text: '+852 800 123 456' },
      { name: 'Taiwan premium rate', text: '+886 203 123 456' },
      { name: 'glued to a letter', text: 'a+85251234567' },
    ],
  })) {
    it(t.name, t.run);
  }

  it('rejects +86 before parsing exactly where libphonenumber reads calling code 86 or nothing valid', () => {
    const digits = fc.stringMatching(/^[0-9]{5,13}$/);
    fc.assert(
      fc.property(fc.constantFrom('+86', '+86 ', '+8 6', '+8-6', '+886', '+85', '+8'), digits, (head, rest) => {
        const value = head + rest;
        const fast = /^\+8[ -]?6/.test(value);
        const parsed = parsePhoneNumberFromString(value);
        if (fast) expect(!parsed || !parsed.isValid() || parsed.countryCallingCode === '86').toBe(true);
        const verdict = e164Phone.validate!(value, {
          text: value,
          candidate: { value, start: 0, end: value.length, pattern: 'e164', baseScore: 0.5 },
          now: new Date(),
        });
        if (fast) expect(verdict).toMatchObject({ validation: 'invalid' });
      }),
      { numRuns: 500 },
    );
  });

  it('masks all but the country code and last four digits', () => {
    const a = createAnalyzer({ recognizers: [e164Phone], types: ['e164-phone'] });
    expect(a.analyze('+852 5123 4567')[0]?.masked).toBe('+852 **** 4567');
  });
});
