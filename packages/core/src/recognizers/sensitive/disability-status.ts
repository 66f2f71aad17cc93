import { defineRecognizer } from '../../recognizer.js';

const KIND = '(?:视力|听力|言语|肢体|智力|精神|多重|听力言语)';
const GRADE = '(?:[一二三四1-4]级|[一二三四]等)';

/**
 * Disability status (特定身份, GB/T 45574 Annex A): a disability kind with a grade (肢体残疾二级), a labelled
 * category or grade (残疾等级：三级), or a person who holds a disability card. The word 残疾人 alone is no one's status.
 */
export const disabilityStatus = defineRecognizer({
  meta: {
    id: 'disability-status',
    entity: 'DISABILITY_STATUS',
    piType: 'SPI.IDENTITY.DISABILITY',
    country: 'CN',
    description:
      'Disability status: kind + grade (GB/T 26341-2010 categories and grades), labelled category/grade, holder of a disability card.',
    references: ['GB/T 26341-2010 残疾人残疾分类和分级', 'pi-taxonomy.md §2.2 特定身份信息'],
    version: 1,
  },
  // Words every pattern holds (肢体残疾, 伤残等级, 残障人士, 盲人, 聋哑人), not single characters.
  prefilter: /残疾|伤残|残障|盲人|聋哑/,
  patterns: [
    { name: 'kind-grade', regex: new RegExp(`${KIND}残疾\\s*${GRADE}?|${GRADE}${KIND}残疾`, 'g'), score: 0.75 },
    {
      name: 'label',
      regex: new RegExp(
        `(?:残疾等级|残疾类别|残疾级别|伤残等级|残疾程度)\\s*(?:[:：]\\s*)?(${KIND}(?:残疾)?\\s*${GRADE}?|${GRADE}|[一二三四五六七八九十]级伤残)`,
        'g',
      ),
      score: 0.85,
      group: 1,
    },
    {
      name: 'holder',
      regex: /(?:我|他|她|本人|其|该生|患者)(?:是|为|系|持有)(?:一名|一位)?(?:持证)?(?:残疾人|残障人士|盲人|聋哑人|残疾人证)/g,
      score: 0.75,
    },
  ],
});
