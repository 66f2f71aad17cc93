import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
import { recognizerTests } from '../../testing/index.js';
import { labelledPhone } from './labelled-phone.js';

describe('labelled-phone', () => {
  for (const t of recognizerTests(labelledPhone, {
    valid: [
      { name: 'US format', text: 'Phone: (415) 555-2671', expect: [{ value: '(415) 555-2671', validation: 'valid', minScore: 0.9 }] },
      { name: 'dotted French format', text: 'Mobile: 03.93.92.16.85', expect: [{ value: '03.93.92.16.85' }] },
      { name: 'spaced Belgian format', text: 'Tel 0490 75 40 81', expect: [{ value: '0490 75 40 81' }] },
      { name: 'extension', text: 'Desk: 345-899-3560x4587', expect: [{ value: '345-899-3560x4587' }] },
      { name: 'call me at', text: 'Please call me at 780-999-2181 tomorrow', expect: [{ value: '780-999-2181' }] },
      {
        name: 'international form validated',
        text: 'Fax: +44 20 7946 0958',
        expect: [{ value: '+44 20 7946 0958', validation: 'valid', attributes: { region: 'GB' } }],
      },
    ],
    invalid: [
      { name: 'no label', text: '(415) 555 2671' },
      { name: 'US notation with an invalid area code', text: '(123) 882-9090' },
      { name: 'PRC landline with a bad subscriber number is left to cn-landline', text: 'Tel: 010-12345678' },
      { name: 'PRC mobile shape is left to cn-mobile', text: 'Mobile: 154 1234 5678' },
      { name: 'too few digits', text: 'Phone: 555-267' },
      { name: 'a date after the label', text: 'Phone: 2024-01-15' },
      { name: 'a time after the label', text: 'Office 09:30:00' },
      { name: 'too short international number', text: 'Phone: +44 12' },
      { name: 'grouped digits without a phone word', text: 'ref 541-714-1388' },
      { name: 'grouped digits under an order word', text: 'order 541-714-1388' },
      { name: 'hotel is not tel', text: 'hotel room 541-714-1388' },
      { name: 'IPv4 after a phone word', text: 'phone server 10.20.30.40' },
      { name: 'placeholder', text: 'Phone: 000-000-0000' },
      { name: 'label inside a word', text: 'microphone 5551234567' },
    ],
  })) {
    it(t.name, t.run);
  }

  it('masks all but the last four digits', () => {
    const a = createAnalyzer({ recognizers: [labelledPhone], types: ['labelled-phone'] });
    expect(a.analyze('Phone: (415) 555-2671')[0]?.masked).toBe('(***) ***-2671');
  });
});
