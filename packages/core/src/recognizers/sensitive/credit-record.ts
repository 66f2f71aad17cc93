import { defineRecognizer } from '../../recognizer.js';

/**
 * Credit-reporting information (征信, GB/T 45574 Annex A): overdue records with a count or amount (逾期3次),
 * bad-credit findings (征信有不良记录), dishonest-judgment-debtor status (失信被执行人) and credit scores.
 * The words 征信信息 alone name a category.
 */
export const creditRecord = defineRecognizer({
  meta: {
    id: 'credit-record',
    entity: 'CREDIT_RECORD',
    piType: 'SPI.OTHER.CREDIT',
    country: 'CN',
    description: 'Credit records: overdue counts/amounts/days, bad credit records, dishonest judgment debtors, credit scores.',
    references: ['GB/T 45574-2025 Annex A (征信信息)', '征信业管理条例', 'pi-taxonomy.md §2.5 SPI.OTHER.CREDIT'],
    version: 1,
  },
  // Words every pattern holds; the old single characters (信 as in 信息) passed nearly every Chinese window.
  prefilter: /逾期|征信|失信|信用分|信用评分/,
  patterns: [
    {
      name: 'overdue',
      regex:
        /(?:当前|累计|历史|连续)?逾期(?:\d{1,4}|[一二三四五六七八九十]{1,3})(?:次|期|天|个月)|逾期(?:金额|本金|天数)\s*(?:[:：]\s*)?[¥￥]?\d[\d,.]*(?:元|天)?/g,
      score: 0.75,
    },
    {
      name: 'bad-record',
      regex: /征信(?:报告)?(?:上|中)?(?:有|存在|出现)(?:不良|逾期|污点|呆账)(?:记录)?|征信(?:花了|黑了|不良)/g,
      score: 0.75,
    },
    { name: 'dishonest', regex: /(?:被)?(?:列为|列入|纳入)失信(?:被执行人|名单)|是失信被执行人/g, score: 0.8 },
    { name: 'score', regex: /(?:芝麻信用分|信用评分|信用分|征信评分)\s*(?:[:：为是]\s*)?\d{3}(?!\d)/g, score: 0.7 },
  ],
  context: { words: ['姓名', '借款人', '贷款', '信用卡', '征信', '我', '他', '她', '本人'] },
});
