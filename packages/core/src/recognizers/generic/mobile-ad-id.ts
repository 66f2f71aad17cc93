import { defineRecognizer } from '../../recognizer.js';
import { nearbyWords } from './nearby-words.js';
import { labelBefore } from './label-before.js';

const KINDS: ReadonlyArray<[string, readonly string[]]> = [
  ['android-id', ['androidid', 'android_id', 'android id', 'ssaid']],
  ['idfa', ['idfa', 'advertisingidentifier']],
  ['idfv', ['idfv', 'identifierforvendor']],
  ['oaid', ['oaid']],
  ['gaid', ['gaid', 'adid', 'advertising id', 'google ad id']],
];
const WORDS = [
  ...KINDS.flatMap(([, w]) => w),
  '广告标识',
  '廣告標識',
  '设备标识',
  '設備標識',
  '设备id',
  'device id',
  'deviceid',
  'device_id',
];

/** Mobile advertising and device IDs (Android ID, IDFA, IDFV, OAID, GAID): random hex or UUIDs, so context names them. */
export const mobileAdId = defineRecognizer({
  meta: {
    id: 'mobile-ad-id',
    entity: 'MOBILE_AD_ID',
    piType: 'PI.DEVICE',
    country: 'INTL',
    description:
      'Android ID (16 hex), IDFA/IDFV/GAID (UUID) and OAID (UUID or 16–64 hex) next to their names; the all-zero UUID of ' +
      'limited ad tracking is not an identifier.',
    references: ['pi-taxonomy.md §3.9', 'MSA 移动智能终端补充设备标识体系 (OAID)', 'Apple ASIdentifierManager'],
    version: 1,
  },
  prefilter: /[0-9A-Fa-f]{8}/,
  patterns: [
    {
      name: 'uuid',
      regex: /(?<![0-9A-Za-z-])[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}(?![0-9A-Za-z-])/g,
      score: 0.3,
    },
    { name: 'hex', regex: /(?<![0-9A-Za-z-])[0-9A-Fa-f]{16,64}(?![0-9A-Za-z-])/g, score: 0.3 },
  ],
  context: {
    words: WORDS,
    negative: ['hash', 'sha', 'md5', 'token', 'request id', 'trace', 'commit'],
    required: true,
    before: 25,
    after: 2,
  },
  validate(value, { text, candidate }) {
    const hex = value.replace(/-/g, '');
    if (labelBefore(text, candidate.start, WORDS, 16) === 'other') return 'invalid';
    if (/^0+$/.test(hex)) return { validation: 'invalid', notes: ['zeroed (limit ad tracking)'] };
    if (candidate.pattern === 'hex' && (!/\d/.test(hex) || !/[a-f]/i.test(hex))) return 'invalid';
    const kind = KINDS.find(([, w]) => nearbyWords(text, candidate.start, candidate.end, w, 25, 10).length > 0)?.[0];
    if (kind === 'android-id' && hex.length !== 16) return 'invalid';
    return { validation: 'unchecked', attributes: kind ? { kind } : {} };
  },
});
