import { defineRecognizer } from '../../recognizer.js';
import { DEVICE_CONTEXT } from '../generic/device-context.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';
import { labelBefore } from '../generic/label-before.js';

// MNCs of MCC 460 (China) in use; the value names the operator for the attribute.
const MNC: Record<string, string> = {
  '00': 'china-mobile',
  '02': 'china-mobile',
  '04': 'china-mobile',
  '07': 'china-mobile',
  '08': 'china-mobile',
  '13': 'china-mobile',
  '01': 'china-unicom',
  '06': 'china-unicom',
  '09': 'china-unicom',
  '10': 'china-unicom',
  '03': 'china-telecom',
  '05': 'china-telecom',
  '11': 'china-telecom',
  '12': 'china-telecom',
  '15': 'china-broadnet',
};

const IMSI_WORDS: readonly string[] = [...DEVICE_CONTEXT, 'sim card', 'sim:', '用户识别码', '用戶識別碼'];

/** IMSI of a Chinese SIM (MCC 460): 15 digits, no checksum, so a SIM/IMSI word must be near. */
export const cnImsi = defineRecognizer({
  meta: {
    id: 'cn-imsi',
    entity: 'IMSI',
    piType: 'PI.DEVICE',
    country: 'CN',
    description: 'International mobile subscriber identity with MCC 460 and a Chinese MNC (00–15), reported with SIM/IMSI context.',
    references: ['3GPP TS 23.003 §2.2', 'ITU-T E.212 (MCC 460)', 'pi-taxonomy.md §3.9'],
    version: 1,
  },
  prefilter: /460[01]\d{11}/,
  patterns: [{ name: 'imsi', regex: /(?<![0-9A-Za-z]|\d[.-])460(?:0\d|1[0-5])\d{10}(?![0-9A-Za-z]|[.-]\d)/g, score: 0.4 }],
  context: { words: IMSI_WORDS, negative: NEGATIVE_CONTEXT, required: true, after: 2 },
  validate(value, { text, candidate }) {
    if (labelBefore(text, candidate.start, IMSI_WORDS) === 'other') return 'invalid';
    const carrier = MNC[value.slice(3, 5)];
    return carrier ? { validation: 'valid', attributes: { carrier } } : { validation: 'invalid', notes: ['MNC not allocated'] };
  },
  mask: (value) => `${value.slice(0, 5)}******${value.slice(-4)}`,
});
