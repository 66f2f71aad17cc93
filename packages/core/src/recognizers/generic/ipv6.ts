import { defineRecognizer } from '../../recognizer.js';
import { continuesHexSequence } from './colon-label.js';

/** The eight 16-bit groups of an IPv6 address, or undefined when the text is not one (RFC 4291 §2.2 forms). */
export function parseIpv6(text: string): number[] | undefined {
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groupsOf = (s: string): number[] | undefined => {
    if (s === '') return [];
    const out: number[] = [];
    const parts = s.split(':');
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      if (i === parts.length - 1 && p.includes('.')) {
        const o = p.split('.');
        if (o.length !== 4 || o.some((x) => !/^(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/.test(x))) return undefined;
        const [a, b, c, d] = o.map(Number) as [number, number, number, number];
        out.push(a * 256 + b, c * 256 + d);
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(p)) out.push(Number.parseInt(p, 16));
      else return undefined;
    }
    return out;
  };
  const left = groupsOf(halves[0]!);
  const right = halves.length === 2 ? groupsOf(halves[1]!) : [];
  if (!left || !right) return undefined;
  const n = left.length + right.length;
  if (halves.length === 1) return n === 8 ? left : undefined;
  if (n > 7) return undefined;
  return [...left, ...new Array<number>(8 - n).fill(0), ...right];
}

function scopeOf(g: readonly number[]): string {
  if (g.every((x) => x === 0)) return 'unspecified';
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return 'loopback';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0]! & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  return 'global';
}

/** IPv6 address, validated by parsing; non-global scopes score below the default threshold; EUI-64 IDs embed a MAC. */
export const ipv6 = defineRecognizer({
  meta: {
    id: 'ipv6',
    entity: 'IPV6',
    piType: 'PI.NET.IP',
    country: 'INTL',
    description:
      'IPv6 address in full, compressed (::) or IPv4-suffixed form, validated by parsing; loopback, link-local and unique-local ' +
      'addresses score 0.3; an EUI-64 interface ID (ff:fe in the middle) is flagged because it embeds the device MAC.',
    references: ['RFC 4291 §2.2', 'RFC 5952', 'pi-taxonomy.md §3.9'],
    version: 1,
  },
  // Every IPv6 address has '::' or at least three more groups after a colon: clock times (12:30:45) do not.
  // Equal to /::|(?:[0-9A-Fa-f]{1,4}:){3}/, written to start at a colon so that V8 skips to the next one.
  prefilter: /:(?:(?<=::)|(?<=[0-9A-Fa-f]:)[0-9A-Fa-f]{1,4}:[0-9A-Fa-f]{1,4}:)/,
  patterns: [
    {
      name: 'ipv6',
      regex:
        /(?<![0-9A-Za-z.]|::)(?:[0-9A-Fa-f]{1,4}:|::)(?:[0-9A-Fa-f]{0,4}:){0,7}(?:(?:\d{1,3}\.){3}\d{1,3}|[0-9A-Fa-f]{1,4})?(?![0-9A-Za-z:]|\.\d)/g,
      score: 0.6,
    },
  ],
  context: { words: ['ip', 'ipv6', 'ip地址', 'ip address', 'remote_addr', 'client ip'], negative: ['版本', 'version'] },
  validate(value, { text, candidate }) {
    if (continuesHexSequence(text, candidate.start)) return { validation: 'invalid', notes: ['inside a longer hex sequence'] };
    const g = parseIpv6(value);
    if (!g) return 'invalid';
    const scope = scopeOf(g);
    if (scope === 'unspecified' || scope === 'multicast') return { validation: 'invalid', notes: [scope] };
    const eui64 = (g[5]! & 0xff) === 0xff && g[6]! >> 8 === 0xfe;
    const attributes = { scope, ...(eui64 ? { embedsMac: true } : {}) };
    if (scope !== 'global') return { validation: 'valid', score: 0.3, attributes };
    return { validation: 'valid', attributes };
  },
});
