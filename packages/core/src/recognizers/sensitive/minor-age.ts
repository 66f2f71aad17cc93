import type { Validation } from '../../finding.js';
import type { Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';
import { MINOR_AGE } from '../../text/birth-date.js';
import { readSmallNumber } from './chinese-numerals.js';

const NUM = '(\\d{1,2}|[一二两三四五六七八九十]{1,3})';
// Thresholds and ranges are rules about children, not a child's age (不满14周岁, 14岁以下, 6-12岁).
const RULE_BEFORE = /(?:不满|未满|满|已满|低于|小于|超过|大于|年满|以下|以上|至|到|-|~|～|—)\s*$/;
const RULE_AFTER = /^(?:以下|以上|以内|之前|之后|前|后|及以下|及以上|至|到|-|~|～|—|\d|的(?:儿童|未成年人|孩子|用户))/;

/**
 * A child under 14 (PIPL Art. 28, 31): an age statement (8岁, 年龄：12, 三岁半的女儿) or a primary-school or
 * kindergarten class (三年级二班, 幼儿园大班). Rules about ages (不满十四周岁的未成年人) are not a child.
 */
export const minorAge = defineRecognizer({
  meta: {
    id: 'minor-age',
    entity: 'CN_MINOR',
    piType: 'SPI.MINOR',
    country: 'CN',
    description: 'Age statements under 14 and primary-school / kindergarten class rosters; attributes.age, attributes.minor.',
    references: ['PIPL Art. 28, 31', 'pi-taxonomy.md §2.5 SPI.MINOR', '儿童个人信息网络保护规定'],
    version: 1,
  },
  // What each pattern holds: a number before 岁, 年龄, 个月, 年级, a roster's closing bracket before 班, a
  // kindergarten class. The old single characters (月 in every date) passed nearly every window.
  prefilter: /[\d一二两三四五六七八九十]周?岁|年龄|个多?月|年级|[)）]\s*班|幼儿园[小中大托]班/,
  patterns: [
    { name: 'age', regex: new RegExp(`${NUM}(?:周)?岁(?:半)?`, 'g'), score: 0.55 },
    { name: 'age-label', regex: new RegExp(`年龄\\s*(?:[:：]\\s*)?${NUM}(?:周?岁)?`, 'g'), score: 0.75 },
    {
      name: 'months',
      regex: /(\d{1,2}|[一二两三四五六七八九十]{1,3})个(?:多)?月(?:大)?的?(?:宝宝|婴儿|孩子|女儿|儿子|女婴|男婴)/g,
      score: 0.75,
    },
    {
      name: 'class',
      // 三年级二班, 3年级(2)班, the roster shorthand 三(2)班, and kindergarten classes.
      regex:
        /(?:小学)?([一二三四五六]|[1-6])年级(?:[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]?班)|(?<![\u4e00-\u9fa5])[一二三四五六]\s*[（(]\s*\d{1,2}\s*[)）]\s*班|幼儿园(?:小班|中班|大班|托班)/g,
      score: 0.6,
    },
  ],
  context: {
    words: ['儿子', '女儿', '孩子', '宝宝', '小孩', '男孩', '女孩', '学生', '姓名', '患儿', '儿童', '家长', '监护人', '班主任', '学号'],
  },
  validate(value, { text, candidate }): Verdict | Validation {
    if (candidate.pattern === 'class' || candidate.pattern === 'months') {
      return { validation: 'valid', score: candidate.baseScore, attributes: { minor: true } };
    }
    if (RULE_BEFORE.test(text.slice(Math.max(0, candidate.start - 4), candidate.start))) return 'invalid';
    if (RULE_AFTER.test(text.slice(candidate.end, candidate.end + 6))) return 'invalid';
    const m = /(\d{1,2}|[一二两三四五六七八九十]{1,3})/.exec(value.replace(/^年龄/, ''));
    const age = m ? readSmallNumber(m[1]!) : undefined;
    if (age === undefined || age >= MINOR_AGE) return { validation: 'invalid', notes: ['not under 14'] };
    return { validation: 'unchecked', attributes: { age, minor: true } };
  },
});
