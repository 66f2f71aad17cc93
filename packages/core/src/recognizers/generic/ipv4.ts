import { defineRecognizer } from '../../recognizer.js';

// A version label right before the quad ("version 1.2.3.4", "v 10.0.19041.1", "版本："), not "server 8.8.8.8".
const VERSION_BEFORE = /(?:版本|固件|(?<![A-Za-z])(?:version|ver|build|firmware|v))\.?\s{0,2}[:：=]?\s{0,2}$/i;
const OCTET = '(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)';

/** The scope of an IPv4 address: only a public address points at a subscriber line, the others at a network's inside. */
export function ipv4Scope(octets: readonly number[]): 'public' | 'private' | 'loopback' | 'link-local' | 'shared' | 'reserved' {
  const [a, b] = octets as [number, number];
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 127) return 'loopback';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b >= 64 && b <= 127) return 'shared'; // carrier-grade NAT (RFC 6598)
  if (a === 0 || a >= 224) return 'reserved';
  return 'public';
}

/** IPv4 address in dotted-quad form; private, loopback and link-local addresses are kept below the default threshold. */
export const ipv4 = defineRecognizer({
  meta: {
    id: 'ipv4',
    entity: 'IPV4',
    piType: 'PI.NET.IP',
    country: 'INTL',
    description:
      'IPv4 address (no leading zeros); a public address identifies a subscriber line and is reported, private, loopback, ' +
      'link-local and CGNAT addresses score 0.3 (below the default threshold); multicast, broadcast and 0.x are dropped; ' +
      'version strings (v1.2.3.4, "version 1.2.3.4") are not addresses.',
    references: ['RFC 791', 'RFC 1918', 'RFC 3927', 'RFC 6598', 'pi-taxonomy.md §3.9'],
    version: 1,
  },
  prefilter: /\d\.\d{1,3}\.\d{1,3}\.\d/,
  patterns: [{ name: 'dotted', regex: new RegExp(`(?<![0-9A-Za-z.])${OCTET}(?:\\.${OCTET}){3}(?![0-9A-Za-z]|\\.\\d)`, 'g'), score: 0.6 }],
  context: {
    words: ['ip', 'ip地址', '登录ip', '登錄ip', 'ip address', 'remote_addr', 'client ip', 'x-forwarded-for', '来源', '來源'],
    negative: ['版本', 'version', '型号', 'snmp', 'build'],
  },
  validate(value, { text, candidate }) {
    // "version 1.2.3.4", "版本 10.0.19041.1": a dotted quad right after a version word is a version.
    if (VERSION_BEFORE.test(text.slice(Math.max(0, candidate.start - 16), candidate.start)))
      return { validation: 'invalid', notes: ['version'] };
    const octets = value.split('.').map(Number);
    const scope = ipv4Scope(octets);
    if (scope === 'reserved') return { validation: 'invalid', notes: ['reserved, multicast or broadcast'] };
    if (scope !== 'public') return { validation: 'valid', score: 0.3, attributes: { scope }, notes: ['not routable on the Internet'] };
    return { validation: 'valid', attributes: { scope } };
  },
  mask: (value) => value.replace(/\.\d{1,3}\.\d{1,3}$/, '.*.*'),
});
