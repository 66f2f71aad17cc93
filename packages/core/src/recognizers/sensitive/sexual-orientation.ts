import { defineRecognizer } from '../../recognizer.js';

const ORIENTATION = '(?:同性恋|异性恋|双性恋|无性恋|泛性恋|男同|女同|拉拉|gay|lesbian|bisexual|homosexual|LGBT)';

/**
 * Sexual orientation or sex life (GB/T 35273 Annex B): a labelled value (性取向：同性), a person's statement
 * (我是同性恋, 他是gay), or a record of sexual behaviour (性行为史, 性伴侣数：3). Discussion of the topic is not a fact.
 */
export const sexualOrientation = defineRecognizer({
  meta: {
    id: 'sexual-orientation',
    entity: 'SEXUAL_ORIENTATION',
    piType: 'SPI.OTHER.SEX',
    country: 'CN',
    description: 'Sexual orientation and sex life: labelled values, first/third-person statements, sexual-behaviour record fields.',
    references: ['GB/T 35273-2020 Annex B (性取向、性生活)', 'pi-taxonomy.md §2.5 SPI.OTHER.SEX'],
    version: 1,
  },
  // Words every pattern holds; the old single characters (性 as in 性别, 同 as in 同时) passed most prose.
  prefilter: /性取向|性倾向|性恋|男同|女同|拉拉|性行为|性伴侣|gay|lesbian|bisexual|homosexual|lgbt/i,
  patterns: [
    { name: 'label', regex: /(?:性取向|性倾向)\s*[:：]\s*(同性|异性|双性|[\u4e00-\u9fa5]{1,3}恋)/g, score: 0.85, group: 1 },
    {
      name: 'statement',
      regex: new RegExp(`(?:我|他|她|本人|其|对方|患者)(?:是|为|属于)(?:一名|一个|一位)?${ORIENTATION}`, 'gi'),
      score: 0.75,
    },
    {
      name: 'record',
      regex: /(?:性行为史|高危性行为|性伴侣(?:数|数量)?|同性性行为|无保护性行为)\s*(?:[:：]\s*)?(?:\d+|有|无|[一二三四五六七八九十]+个)?/g,
      score: 0.6,
    },
  ],
  context: { words: ['患者', '主诉', '病史', '我', '本人', 'hiv', '艾滋', '筛查', '咨询'] },
});
