import type { Candidate } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';
import { ageAt, isCalendarDate, MINOR_AGE } from '../../text/birth-date.js';

// Birth keywords (simplified, traditional, English); the date must follow within a few characters.
const KEYWORD =
  '(?:出生日期|出生年月日|出生年月|出生時間|出生时间|出生於|出生于|出生|生日|生辰|誕辰|诞辰|date of birth|birth ?date|birthday|d\\.?o\\.?b\\.?|born(?: on)?)';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MON = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?';
const DATE =
  '(?:(?:18|19|20)\\d{2}(?:[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\\d|3[01])|年(?:0?[1-9]|1[0-2])月(?:0?[1-9]|[12]\\d|3[01])[日号號]?|(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])|[-/.](?:0?[1-9]|1[0-2])|年(?:0?[1-9]|1[0-2])月(?!\\d))' +
  `|(?:0?[1-9]|[12]\\d|3[01]) ${MON},? (?:18|19|20)\\d{2}|${MON} (?:0?[1-9]|[12]\\d|3[01]),? (?:18|19|20)\\d{2})`;
const RE = new RegExp(`${KEYWORD}[\\s:：="'是为為在]{0,4}(${DATE})(?![0-9A-Za-z])`, 'gi');
// Date before the keyword, as Chinese biographies write it: 1966年12月出生, 1963年出生, 1990年1月1日生; and "born in 1990".
const RE_BEFORE = new RegExp(
  '(?<![0-9A-Za-z])((?:18|19|20)\\d{2}年(?:(?:0?[1-9]|1[0-2])月(?:(?:0?[1-9]|[12]\\d|3[01])[日号號])?)?)\\s?(?:出生|生人|生(?=[，,。；;\\s]))' +
    '|born in ((?:18|19|20)\\d{2})(?![0-9A-Za-z])',
  'gi',
);

/** Year, month and day of a date in one of the supported forms (day 0 when only the month is written), or undefined. */
export function parseBirthDate(value: string): [number, number, number] | undefined {
  const v = value.toLowerCase();
  const ym = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月)$/.exec(v);
  if (ym) return [Number(ym[1]), Number(ym[2] ?? ym[3]), 0];
  const y = /^(\d{4})年?$/.exec(v);
  if (y) return [Number(y[1]), 0, 0];
  let m = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})|(\d{2})(\d{2}))/.exec(v);
  if (m) return [Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5])];
  m = /^(\d{1,2}) ([a-z]+)\.?,? (\d{4})$/.exec(v);
  if (m) return [Number(m[3]), MONTHS.indexOf(m[2]!.slice(0, 3)) + 1, Number(m[1])];
  m = /^([a-z]+)\.? (\d{1,2}),? (\d{4})$/.exec(v);
  if (m) return [Number(m[3]), MONTHS.indexOf(m[1]!.slice(0, 3)) + 1, Number(m[2])];
  return undefined;
}

function findDates(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The module's global regexes, restarted: find runs to the end without yielding, and each loop ends on null, which
  // leaves lastIndex at 0 (a copy per call cost each table cell two regex objects).
  const re = RE;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const value = m[1]!;
    const start = m.index + m[0].length - value.length;
    out.push({ value, start, end: start + value.length, pattern: 'keyword-date', baseScore: 0.7 });
  }
  const before = RE_BEFORE;
  before.lastIndex = 0;
  for (let m = before.exec(text); m !== null; m = before.exec(text)) {
    const value = (m[1] ?? m[2])!;
    const start = m.index + m[0].indexOf(value);
    out.push({ value, start, end: start + value.length, pattern: 'date-keyword', baseScore: 0.7 });
  }
  return out;
}

/** Date of birth written next to a birth keyword; derives the age and whether the person is a minor (< 14). */
export const dateOfBirth = defineRecognizer({
  meta: {
    id: 'date-of-birth',
    entity: 'DATE_OF_BIRTH',
    piType: 'PI.BASIC.BIRTH',
    country: 'INTL',
    description:
      'Date of birth after 出生日期/生日/DOB/born (1990-01-01, 1990年1月1日, 1990/01/01, 19900101, 1 Jan 1990, or the month ' +
      'alone: 出生年月 1990.05): a real calendar ' +
      'date not in the future; age and minor (< 14 at the document date, then the finding is sensitive) are derived.',
    references: ['pi-taxonomy.md §2.5 PI.BASIC.BIRTH', 'PIPL Art. 28, 31 (minors under 14)'],
    version: 1,
  },
  prefilter: /(?:18|19|20)\d{2}/,
  find: findDates,
  validate(value, { now }) {
    const d = parseBirthDate(value);
    // A birth month without a day ("出生年月：1990.05", as résumés write it): the last day of the month gives the
    // youngest possible age, so that a possible minor is treated as one.
    // A year alone ("1963年出生") likewise counts from its last day.
    const mon = d && d[1] === 0 ? 12 : (d?.[1] ?? 0);
    const day = d && d[2] === 0 ? ([31, 30, 29, 28].find((x) => isCalendarDate(d[0], mon, x)) ?? 0) : (d?.[2] ?? 0);
    if (!d || !isCalendarDate(d[0], mon, day)) return { validation: 'invalid', notes: ['not a calendar date'] };
    const age = ageAt(d[0], mon, day, now);
    if (age < 0 || age > 130) return { validation: 'invalid', notes: ['implausible age'] };
    const month = `${d[0]}-${String(d[1]).padStart(2, '0')}`;
    const birthDate = d[1] === 0 ? String(d[0]) : d[2] === 0 ? month : `${month}-${String(d[2]).padStart(2, '0')}`;
    return { validation: 'valid', attributes: { birthDate, age, minor: age < MINOR_AGE } };
  },
  // The year stays readable (1990-**-**); a year written alone keeps only its century (19**年).
  mask: (value) => {
    const keep = (value.match(/\d/g) ?? []).length <= 4 ? 2 : 4;
    return value.replace(/\d/g, (c, i: number) => (i < keep ? c : '*'));
  },
});
