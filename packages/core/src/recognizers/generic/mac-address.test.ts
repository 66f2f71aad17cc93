import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
import { recognizerTests } from '../../testing/index.js';
import { macAddress } from './mac-address.js';

describe('mac-address', () => {
  for (const t of recognizerTests(macAddress, {
    valid: [
      {
        name: 'colon pairs',
        text: '38:f9:d3:4b:f5:51',
        expect: [{ value: '38:f9:d3:4b:f5:51', validation: 'valid', attributes: { oui: '38F9D3' } }],
      },
      { name: 'hyphen pairs upper case', text: 'MAC 00-0C-29-CA-E4-66', expect: [{ value: '00-0C-29-CA-E4-66', minScore: 0.95 }] },
      { name: 'Cisco dotted', text: 'interface 0050.56c0.0001', expect: [{ value: '0050.56c0.0001' }] },
      {
        name: 'randomised address with context',
        text: 'Wi-Fi MAC: 3a:f9:d3:4b:f5:51',
        expect: [{ attributes: { locallyAdministered: true }, minScore: 0.7 }],
      },
      { name: 'after a label colon without a space', text: 'MAC:38:f9:d3:4b:f5:51', expect: [{ value: '38:f9:d3:4b:f5:51' }] },
      { name: 'after a full-width colon', text: '数值：00-0C-29-CA-E4-66。', expect: [{ value: '00-0C-29-CA-E4-66' }] },
      { name: 'randomised address alone', text: '3a:f9:d3:4b:f5:51', expect: [{ minScore: 0.55 }] },
    ],
    invalid: [
      { name: 'mixed separators', text: '38:f9-d3:4b:f5:51' },
      { name: 'broadcast', text: 'FF:FF:FF:FF:FF:FF' },
      { name: 'zero', text: '00:00:00:00:00:00' },
      { name: 'multicast', text: '01:00:5e:00:00:fb' },
      { name: 'seven groups', text: '38:f9:d3:4b:f5:51:aa' },
      { name: 'inside an IPv6 address', text: 'fe80::38:f9:d3:4b:f5:51' },
      { name: 'not hex', text: '38:g9:d3:4b:f5:51' },
      { name: 'tail of an eight-group hex run', text: 'a1:b2:c3:d4:e5:f6:a7:b8' },
    ],
  })) {
    it(t.name, t.run);
  }

  it('masks the device half', () => {
    const a = createAnalyzer({ recognizers: [macAddress], types: ['mac-address'] });
    expect(a.analyze('38:f9:d3:4b:f5:51')[0]?.masked).toBe('38:f9:d3:**:**:51');
  });
});
