import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
import { recognizerTests } from '../../testing/index.js';
import { ipv6, parseIpv6 } from './ipv6.js';

describe('ipv6', () => {
  for (const t of recognizerTests(ipv6, {
    valid: [
      { name: 'compressed', text: '2001:db8::1', expect: [{ value: '2001:db8::1', validation: 'valid', attributes: { scope: 'global' } }] },
      {
        name: 'full form',
        text: 'IP: 2408:8207:1850:7ab0:0000:0000:0000:0001',
        expect: [{ value: '2408:8207:1850:7ab0:0000:0000:0000:0001' }],
      },
      { name: 'EUI-64 embeds a MAC', text: '240e:3b0:2c00:1:3af9:d3ff:fe4b:f551', expect: [{ attributes: { embedsMac: true } }] },
      { name: 'IPv4 suffix', text: '64:ff9b::203.0.113.45', expect: [{ value: '64:ff9b::203.0.113.45' }] },
      { name: 'after a label colon', text: 'IP:2001:db8::8a2e:370:7334', expect: [{ value: '2001:db8::8a2e:370:7334' }] },
      {
        name: 'after a full-width colon',
        text: '数值：2031:0000:130f:0000:0000:09c0:876a:130b。',
        expect: [{ value: '2031:0000:130f:0000:0000:09c0:876a:130b' }],
      },
      { name: 'leading ::', text: 'remote ::ffff:8.8.8.8 ok', expect: [{ value: '::ffff:8.8.8.8' }] },
    ],
    invalid: [
      { name: 'triple colon', text: '2001:db8:::1' },
      { name: 'two ::', text: '2001::db8::1' },
      { name: 'five hex digits', text: '2001:db8a1::1' },
      { name: 'nine groups', text: '1:2:3:4:5:6:7:8:9' },
      { name: 'clock time', text: '12:30:45' },
      { name: 'MAC address', text: '38:f9:d3:4b:f5:51' },
      { name: 'loopback below threshold', text: '::1' },
      { name: 'link-local below threshold', text: 'fe80::1' },
      { name: 'multicast', text: 'ff02::1' },
    ],
  })) {
    it(t.name, t.run);
  }

  it('parses the RFC 4291 forms', () => {
    expect(parseIpv6('::')).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(parseIpv6('1::')?.[0]).toBe(1);
    expect(parseIpv6('1:2:3:4:5:6:7::')).toBeDefined();
    expect(parseIpv6('1:2:3:4:5:6:7:8::')).toBeUndefined();
    expect(parseIpv6('::1')?.[7]).toBe(1);
  });

  it('runs in linear time on a long colon run', () => {
    const a = createAnalyzer({ recognizers: [ipv6], types: ['ipv6'] });
    const t0 = performance.now();
    a.analyze(`${'a:'.repeat(50000)}x ${':'.repeat(50000)}`);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('ipv6 below the default threshold', () => {
  it('still finds loopback and link-local addresses with a lower threshold', () => {
    const a = createAnalyzer({ recognizers: [ipv6], types: ['ipv6'], minScore: 0.2 });
    expect(a.analyze('::1')[0]?.attributes.scope).toBe('loopback');
    expect(a.analyze('IP: fe80::1ff:fe23:4567:890a')[0]?.attributes.scope).toBe('link-local');
  });
});
