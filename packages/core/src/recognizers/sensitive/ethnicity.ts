import { defineRecognizer } from '../../recognizer.js';
import { ETHNIC_GROUPS } from './ethnic-groups.js';

// Form fields written without separators (民族：汉出生年月：…): the next field's label ends a bare group name.
const NEXT_FIELD = '出生|性别|籍贯|政治|学历|文化|婚姻|身份|住址|年龄|职业|宗教|健康|户籍|姓名';
const GROUP = `(?:${[...ETHNIC_GROUPS].sort((a, b) => b.length - a.length).join('|')})`;

/**
 * A person's ethnic group (GB/T 3304): a labelled value (民族：汉族) or a group in a profile list (男，汉族，
 * 1970年出生), where a profile word nearby decides. The group named in prose (汉族文化) is no one's attribute.
 */
export const ethnicity = defineRecognizer({
  meta: {
    id: 'ethnicity',
    entity: 'CN_ETHNIC_GROUP',
    piType: 'PI.BASIC.ETHNIC',
    country: 'CN',
    description: 'Ethnic group of a person (the 56 groups of GB/T 3304): labelled values and profile lists.',
    references: ['GB/T 3304-1991', 'pi-taxonomy.md §2.5 PI.BASIC.ETHNIC'],
    version: 1,
  },
  prefilter: /族/,
  patterns: [
    {
      name: 'label',
      regex: new RegExp(`民族\\s*(?:[:：]\\s*)?(${GROUP}|${GROUP.replace(/族/g, '')}(?=$|[^\\u4e00-\\u9fa5]|${NEXT_FIELD}))`, 'g'),
      score: 0.9,
      group: 1,
    },
    { name: 'profile', regex: new RegExp(`(?<=^|[，,、;；\\s(（])${GROUP}(?=$|[，,、;；\\s)）。])`, 'g'), score: 0.4 },
  ],
  context: {
    words: ['男', '女', '出生', '生于', '籍贯', '党员', '学历', '毕业', '身份证', '姓名', '性别', '年龄', '岁', '人，'],
    before: 20,
    after: 20,
  },
});
