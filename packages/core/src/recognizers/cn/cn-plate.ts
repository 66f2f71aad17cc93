import { defineRecognizer } from '../../recognizer.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼';
// Letters of plates exclude I and O (GA 36-2018); new-energy serials start (small) or end (large) with A–K but not I.
const L = 'A-HJ-NP-Z';
const SERIAL = `(?:[A-HJK][${L}0-9]\\d{4}|\\d{5}[A-HJK]|[${L}0-9]{4}[${L}0-9挂学警港澳领])`;

/** PRC motor-vehicle plate (GA 36-2018): province abbreviation, authority letter, 5-character or new-energy 6-character serial. */
export const cnPlate = defineRecognizer({
  meta: {
    id: 'cn-plate',
    entity: 'CN_PLATE',
    piType: 'PI.PROP.VEHICLE',
    country: 'CN',
    description:
      'PRC vehicle licence plate: ordinary (5 characters, last may be 挂学警港澳领) and new-energy (6 characters, D/F family), ' +
      'optional · or space after the second character.',
    references: ['GA 36-2018', 'pi-taxonomy.md §3.7', 'any-rule 车牌号 (tightened)'],
    version: 1,
  },
  prefilter: new RegExp(`[${PROVINCES}][${L}]`),
  patterns: [
    { name: 'plate', regex: new RegExp(`(?<![${PROVINCES}0-9A-Za-z])[${PROVINCES}][${L}][·• ]?${SERIAL}(?![0-9A-Za-z])`, 'g'), score: 0.6 },
  ],
  context: {
    words: [
      '车牌',
      '車牌',
      '号牌',
      '號牌',
      '牌照',
      '车辆',
      '車輛',
      '行驶证',
      '行駛證',
      '违章',
      '違章',
      '停车',
      '停車',
      'plate',
      'license plate',
      'vehicle',
    ],
    negative: NEGATIVE_CONTEXT,
  },
  validate(value) {
    const serial = value.slice(2).replace(/^[·• ]/, '');
    const kind = serial.length === 6 ? 'new-energy' : /[挂学警港澳领]$/.test(serial) ? `special-${serial.slice(-1)}` : 'ordinary';
    return { validation: 'unchecked', attributes: { province: value[0], kind } };
  },
  mask: (value) => `${value.slice(0, 2)}${'*'.repeat(Math.max(0, value.length - 4))}${value.slice(-2)}`,
});
