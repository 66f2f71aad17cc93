import { defineRecognizer } from '../../recognizer.js';

const STATUS = '(?:已婚|未婚|离异|离婚|丧偶|再婚|初婚|复婚|已婚已育|已婚未育|未婚未育)';

/** Marital status of a person: a labelled value (婚姻状况：离异) or a status word in a profile list (男，35岁，已婚). */
export const maritalStatus = defineRecognizer({
  meta: {
    id: 'marital-status',
    entity: 'MARITAL_STATUS',
    piType: 'PI.BASIC.MARITAL',
    country: 'CN',
    description: 'Marital status values: labelled (婚姻状况/婚否) or in a profile list beside sex, age or birth.',
    references: ['pi-taxonomy.md §2.5 PI.BASIC.MARITAL', 'GB/T 35273-2020 Annex B (婚史)', 'GB/T 2261.2 婚姻状况代码'],
    version: 1,
  },
  // Every label holds 婚 and every status 婚, 离异 or 丧偶; 异 alone (异常) passed most prose.
  prefilter: /婚|离异|丧偶/,
  patterns: [
    {
      name: 'label',
      regex: new RegExp(`(?:婚姻状况|婚姻状态|婚姻|婚否|婚史)\\s*(?:[:：]\\s*)?(${STATUS}|是|否|有|无)`, 'g'),
      score: 0.85,
      group: 1,
    },
    { name: 'profile', regex: new RegExp(`(?<=^|[，,、;；\\s(（])${STATUS}(?=$|[，,、;；\\s)）。])`, 'g'), score: 0.4 },
  ],
  context: { words: ['男', '女', '岁', '出生', '籍贯', '学历', '姓名', '性别', '子女', '育有'], before: 20, after: 20 },
});
