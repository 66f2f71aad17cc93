import { defineRecognizer } from '../../recognizer.js';
import { NEGATIVE_CONTEXT } from '../generic/negative-context.js';
import { labelBefore } from '../generic/label-before.js';

const QQ_WORDS: readonly string[] = ['qq', '扣扣', '企鹅号', '企鵝號', 'q号', 'q號'];

/** QQ number: 5–11 digits, format-only, so reported only next to a QQ word or as the local part of a qq.com address. */
export const cnQq = defineRecognizer({
  meta: {
    id: 'cn-qq',
    entity: 'QQ',
    piType: 'PI.NET.ACCOUNT',
    country: 'CN',
    description: 'Tencent QQ account number (5–11 digits, no leading zero), reported only with QQ context or inside @qq.com.',
    references: ['pi-taxonomy.md §3.9', 'any-rule QQ号'],
    version: 1,
  },
  prefilter: /[1-9]\d{4}/,
  patterns: [
    { name: 'qq-mail', regex: /(?<![0-9A-Za-z._%+-])([1-9]\d{4,10})@qq\.com(?![A-Za-z0-9-])/gi, group: 1, score: 0.6 },
    { name: 'digits', regex: /(?<![0-9A-Za-z]|\d[.-])[1-9]\d{4,10}(?![0-9A-Za-z@]|[.-]\d)/g, score: 0.3 },
  ],
  context: {
    // 'qq' also matches the domain of a qq.com address, which is the second way to know a number is a QQ.
    words: QQ_WORDS,
    negative: [...NEGATIVE_CONTEXT, 'qq群', '群号', '群號'],
    required: true,
    after: 4,
  },
  validate(value, { text, candidate }) {
    if (/^(\d)\1+$/.test(value)) return 'invalid';
    if (candidate.pattern === 'digits' && labelBefore(text, candidate.start, QQ_WORDS) === 'other') return 'invalid';
    return 'unchecked';
  },
});
