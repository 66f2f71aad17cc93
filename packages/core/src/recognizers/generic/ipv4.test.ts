import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
import { recognizerTests } from '../../testing/index.js';
import { ipv4, ipv4Scope } from './ipv4.js';

describe('ipv4', () => {
  for (const t of recognizerTests(ipv4, {
    valid: [
      {
        name: 'public address',
        text: '登录IP：203.0.113.45',
        expect: [{ value: '203.0.113.45', validation: 'valid', attributes: { scope: 'public' }, minScore: 0.95 }],
      },
      { name: 'address with a port', text: 'client 8.8.4.4:443 connected', expect: [{ value: '8.8.4.4' }] },
      { name: 'after the word server', text: 'server 8.8.8.8 responded', expect: [{ value: '8.8.8.8' }] },
      { name: 'boundary octets', text: '1.0.0.255', expect: [{ value: '1.0.0.255' }] },
      { name: 'in an access log', text: '114.114.114.114 - - [15/Jan/2026] "GET /"', expect: [{ value: '114.114.114.114' }] },
    ],
    invalid: [
      { name: 'octet 256', text: '256.1.1.1' },
      { name: 'leading zero', text: '01.2.3.4' },
      { name: 'version string', text: 'v1.2.3.4' },
      { name: 'version word', text: 'version 1.2.3.4' },
      { name: 'five parts', text: '1.2.3.4.5' },
      { name: 'Chinese version label', text: '固件版本：10.2.3.4' },
      { name: 'v with a space', text: 'v 10.0.19041.1' },
      { name: 'private address below the default threshold', text: '192.168.1.1' },
      { name: 'loopback', text: '127.0.0.1' },
      { name: 'multicast', text: '224.0.0.251' },
      { name: 'broadcast', text: '255.255.255.255' },
    ],
  })) {
    it(t.name, t.run);
  }

  it('keeps private addresses findable with a lower threshold', () => {
    const a = createAnalyzer({ recognizers: [ipv4], types: ['ipv4'], minScore: 0.2 });
    expect(a.analyze('10.0.0.8')[0]?.attributes.scope).toBe('private');
    expect(a.analyze('169.254.1.1')[0]?.attributes.scope).toBe('link-local');
  });

  it('classifies scopes', () => {
    expect(ipv4Scope([100, 64, 0, 1])).toBe('shared');
    expect(ipv4Scope([172, 32, 0, 1])).toBe('public');
    expect(ipv4Scope([172, 31, 0, 1])).toBe('private');
  });

  it('masks the host half', () => {
    const a = createAnalyzer({ recognizers: [ipv4], types: ['ipv4'] });
    expect(a.analyze('203.0.113.45')[0]?.masked).toBe('203.0.*.*');
  });
});
