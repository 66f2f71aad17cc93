import { defineRecognizer } from '../../recognizer.js';
import { continuesHexSequence } from './colon-label.js';
import { DEVICE_CONTEXT } from './device-context.js';
import { nearbyWords } from './nearby-words.js';

const MAC_WORDS = ['mac', '物理地址', '网卡', '網卡', 'wifi', 'wi-fi', 'bssid', 'ethernet', '蓝牙', '藍牙', 'bluetooth', ...DEVICE_CONTEXT];

/** MAC-48 address of a network interface: colon or hyphen pairs, or Cisco dotted quads; randomised (local) ones score lower. */
export const macAddress = defineRecognizer({
  meta: {
    id: 'mac-address',
    entity: 'MAC_ADDRESS',
    piType: 'PI.DEVICE',
    country: 'INTL',
    description:
      'MAC address (xx:xx:xx:xx:xx:xx, xx-xx-…, xxxx.xxxx.xxxx); broadcast, all-zero and multicast addresses are not a device; ' +
      'locally administered (randomised) addresses score lower.',
    references: ['IEEE 802 (EUI-48)', 'pi-taxonomy.md §3.9'],
    version: 1,
  },
  // Three equal separators between hex pairs (or two dots between quads): dates (2026-01-15) and times do not pass.
  // Written to start at the separator, with the hex before it checked behind: the same test, but V8 then skips
  // ahead to the next ':', '-' or '.' instead of trying every hex digit (about 10x faster on logs and tables).
  prefilter: /([:-])(?<=[0-9A-Fa-f]{2}[:-])[0-9A-Fa-f]{2}\1[0-9A-Fa-f]{2}\1|\.(?<=[0-9A-Fa-f]{4}\.)[0-9A-Fa-f]{4}\./,
  patterns: [
    {
      name: 'pairs',
      regex: /(?<![0-9A-Za-z.-]|::)[0-9A-Fa-f]{2}([:-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}(?![0-9A-Za-z]|[:-][0-9A-Fa-f])/g,
      score: 0.6,
    },
    {
      name: 'cisco',
      regex: /(?<![0-9A-Za-z:.-])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Za-z]|\.[0-9A-Fa-f])/g,
      score: 0.55,
    },
  ],
  context: { words: MAC_WORDS, negative: ['序列号', '版本', 'version', 'hash', 'uuid'] },
  validate(value, { text, candidate }) {
    if (continuesHexSequence(text, candidate.start)) return { validation: 'invalid', notes: ['inside a longer hex sequence'] };
    const hex = value.replace(/[:.-]/g, '').toLowerCase();
    if (/^0+$/.test(hex) || /^f+$/.test(hex)) return { validation: 'invalid', notes: ['broadcast or zero address'] };
    const first = Number.parseInt(hex.slice(0, 2), 16);
    if (first & 1) return { validation: 'invalid', notes: ['multicast group address'] };
    const oui = hex.slice(0, 6).toUpperCase();
    if (first & 2) {
      // A randomised address (phones rotate them per network) links a person less durably.
      const ctx = nearbyWords(text, candidate.start, candidate.end, MAC_WORDS).length > 0;
      return { validation: 'valid', score: ctx ? 0.7 : 0.55, attributes: { locallyAdministered: true }, notes: ['locally administered'] };
    }
    return { validation: 'valid', attributes: { oui, locallyAdministered: false } };
  },
  mask: (value) => value.replace(/[0-9A-Fa-f]/g, (c, i: number) => (i >= 8 && i < value.length - 2 ? '*' : c)),
});
