import { defineRecognizer } from '../../recognizer.js';

// Characters that precede 字第 in court case numbers ((2015)京民初字第123号), not in military documents.
const COURT = new Set('初终終执執再监監赔賠破申刑民诉訴复復督催裁审審调調商提抗请請决決罚罰函发發办辦令'.split(''));
const KIND: Record<string, string> = { 士: 'soldier', 文: 'civilian-cadre', 武: 'armed-police', 武警: 'armed-police' };

/** Military officer, soldier, civilian-cadre and armed-police ID numbers: 南字第1234567号. */
export const cnMilitaryId = defineRecognizer({
  meta: {
    id: 'cn-military-id',
    entity: 'CN_MILITARY_ID',
    piType: 'PI.ID.MILITARY',
    country: 'CN',
    description: '军官证 / 士兵证 / 文职干部证 / 武警证: one character (or 武警) + 字第 + 4–8 characters + 号; the shape is distinctive.',
    references: ['pi-taxonomy.md §3.8', 'any-rule 军官/士兵证'],
    version: 1,
  },
  prefilter: /字第/,
  patterns: [
    { name: 'long', regex: /(?:武警|[\u4e00-\u9fa5])字第[0-9A-Z]{6,8}号/g, score: 0.6 },
    { name: 'short', regex: /(?:武警|[\u4e00-\u9fa5])字第[0-9A-Z]{4,5}号/g, score: 0.4 },
  ],
  context: {
    words: [
      '军官证',
      '軍官證',
      '士兵证',
      '士兵證',
      '军人证',
      '軍人證',
      '武警证',
      '武警證',
      '文职',
      '文職',
      '部队',
      '部隊',
      '军队',
      '軍隊',
      'military id',
      'officer id',
      'soldier',
    ],
    negative: [
      '法院',
      '判决',
      '判決',
      '裁定',
      '民事',
      '刑事',
      '案号',
      '案號',
      '房权证',
      '房權證',
      '不动产',
      '不動產',
      '产权',
      '產權',
      '土地',
      '证明字',
      '公证',
      '公證',
    ],
  },
  validate(value, { text, candidate }) {
    const prefix = value.slice(0, value.indexOf('字第'));
    const number = value.slice(value.indexOf('字第') + 2, -1);
    if (!/\d/.test(number) || COURT.has(prefix)) return 'invalid';
    const before = text.slice(Math.max(0, candidate.start - 12), candidate.start);
    // A year in brackets marks a case or document number; 权证/产证 marks a property certificate.
    if (/[([（〔]\s*(?:19|20)\d{2}\s*[)\]）〕][^\d]{0,8}$/.test(before) || /(?:权|權|产|產|房|地)(?:证|證)$/.test(before)) return 'invalid';
    return { validation: 'unchecked', attributes: { documentKind: KIND[prefix] ?? 'officer' } };
  },
  mask: (value) => value.replace(/[0-9A-Z](?=[0-9A-Z]{2})/g, '*'),
});
