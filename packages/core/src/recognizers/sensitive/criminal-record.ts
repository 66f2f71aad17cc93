import { defineRecognizer } from '../../recognizer.js';

const PENALTY = '(?:有期徒刑|无期徒刑|拘役|管制|死刑|死缓|缓刑)';

/**
 * Criminal and administrative-detention records (GB/T 45574 Annex A 犯罪记录): sentences (因盗窃罪被判处有期徒刑三年),
 * detentions (行政拘留10日), prior convictions (有前科, 刑满释放人员). The words 犯罪记录 alone name a category.
 */
export const criminalRecord = defineRecognizer({
  meta: {
    id: 'criminal-record',
    entity: 'CRIMINAL_RECORD',
    piType: 'SPI.OTHER.CRIMINAL',
    country: 'CN',
    description:
      'Criminal records: convictions and sentences, criminal/administrative detention with duration, prior convictions, release from prison.',
    references: ['GB/T 45574-2025 Annex A (犯罪记录信息)', 'pi-taxonomy.md §2.5 SPI.OTHER.CRIMINAL', '刑法 Art. 100 (前科报告)'],
    version: 1,
  },
  // The words every pattern holds (罪, 判处, 拘留, 前科…): the single characters of before (判, 科, 释…) occur
  // in most windows of Chinese prose, so the four patterns ran on nearly all of them.
  prefilter: /罪|判处|被判|获刑|拘留|前科|刑满释放|劳改释放/,
  patterns: [
    { name: 'conviction', regex: /(?<![侵违冒触])(?:因|犯|涉嫌)[\u4e00-\u9fa5]{1,8}?罪(?=被|一审|二审|判|获刑|入狱|服刑)/g, score: 0.7 },
    { name: 'sentence', regex: new RegExp(`(?:判处|被判|获刑)${PENALTY}(?:[\\u4e00-\\u9fa5\\d]{1,6}(?:年|个月))?`, 'g'), score: 0.75 },
    { name: 'detention', regex: /(?:行政拘留|刑事拘留|司法拘留)(?:\d{1,3}|[一二三四五六七八九十]{1,3})(?:日|天)/g, score: 0.75 },
    {
      name: 'prior',
      regex: /(?:有|曾有|存在)(?:犯罪)?前科|前科\s*[:：]\s*有|刑满释放(?:人员)?|劳改释放|犯罪记录\s*[:：]\s*有/g,
      score: 0.75,
    },
  ],
  context: { words: ['被告人', '犯罪嫌疑人', '当事人', '姓名', '判决', '法院', '公安'] },
});
