import { isValidIcaoCheck as check } from '../../checksums/icao-9303.js';
import type { Candidate, Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';
import { ageAt, isCalendarDate, MINOR_AGE } from '../../text/birth-date.js';

// Line 2 of TD3 (passport, 44) and TD2 (36); TD1 (ID cards, 3 × 30) needs its first two lines for the composite check.
const TD3 = /(?<![A-Z0-9<])[A-Z0-9<]{9}\d[A-Z<]{3}\d{6}\d[MFX<]\d{6}\d[A-Z0-9<]{14}[\d<]\d(?![A-Z0-9<])/g;
const TD2 = /(?<![A-Z0-9<])[A-Z0-9<]{9}\d[A-Z<]{3}\d{6}\d[MFX<]\d{6}\d[A-Z0-9<]{7}\d(?![A-Z0-9<])/g;
const TD1 =
  /(?<![A-Z0-9<])[ACI][A-Z0-9<][A-Z<]{3}[A-Z0-9<]{9}[\d<][A-Z0-9<]{15}\r?\n\d{6}\d[MFX<]\d{6}\d[A-Z<]{3}[A-Z0-9<]{11}\d(?![A-Z0-9<])/g;
// The name line above a TD3 or TD2 data line: document code, issuing state, names.
const NAME_LINE = /(?:^|[^A-Z0-9<])([PVIAC][A-Z0-9<][A-Z<]{3}[A-Z<]{31}(?:[A-Z<]{8})?)\r?\n$/;

function find(text: string): Candidate[] {
  const out: Candidate[] = [];
  // matchAll works on a copy of each regex, so the module-level patterns hold no state between calls.
  for (const [name, re, width] of [
    ['td3', TD3, 44],
    ['td2', TD2, 36],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const above = NAME_LINE.exec(text.slice(Math.max(0, m.index - width - 3), m.index));
      const line1 = above?.[1]?.length === width ? above[1] : undefined;
      const start = line1 ? text.lastIndexOf(line1, m.index) : m.index;
      out.push({ value: text.slice(start, m.index + width), start, end: m.index + width, pattern: name, baseScore: 0.6 });
    }
  }
  for (const m of text.matchAll(TD1)) {
    out.push({ value: m[0], start: m.index, end: m.index + m[0].length, pattern: 'td1', baseScore: 0.6 });
  }
  return out;
}

function date(yymmdd: string, future: boolean, now: Date): { iso: string; y: number; m: number; d: number } | undefined {
  const yy = Number(yymmdd.slice(0, 2));
  const m = Number(yymmdd.slice(2, 4));
  const d = Number(yymmdd.slice(4, 6));
  const pivot = now.getUTCFullYear() % 100;
  // Birth dates lie in the past; expiry dates within about 20 years of today.
  const y = future ? (yy <= pivot + 20 ? 2000 + yy : 1900 + yy) : yy <= pivot ? 2000 + yy : 1900 + yy;
  if (!isCalendarDate(y, m, d)) return undefined;
  return { iso: `${y}-${yymmdd.slice(2, 4)}-${yymmdd.slice(4, 6)}`, y, m, d };
}

function verdict(pattern: string, value: string, now: Date): Verdict {
  const lines = value.split(/\r?\n/);
  let doc: string, docCheck: string, dob: string, dobCheck: string, sex: string, exp: string, expCheck: string, nationality: string;
  let composite: string, compositeCheck: string;
  let extra = true;
  if (pattern === 'td1') {
    const [l1, l2] = lines as [string, string];
    [doc, docCheck] = [l1.slice(5, 14), l1[14]!];
    [dob, dobCheck, sex, exp, expCheck, nationality] = [l2.slice(0, 6), l2[6]!, l2[7]!, l2.slice(8, 14), l2[14]!, l2.slice(15, 18)];
    composite = l1.slice(5, 30) + l2.slice(0, 7) + l2.slice(8, 15) + l2.slice(18, 29);
    compositeCheck = l2[29]!;
  } else {
    const l2 = lines[lines.length - 1]!;
    const w = l2.length;
    [doc, docCheck, nationality] = [l2.slice(0, 9), l2[9]!, l2.slice(10, 13)];
    [dob, dobCheck, sex, exp, expCheck] = [l2.slice(13, 19), l2[19]!, l2[20]!, l2.slice(21, 27), l2[27]!];
    composite = l2.slice(0, 10) + l2.slice(13, 20) + l2.slice(21, w - 1);
    compositeCheck = l2[w - 1]!;
    if (pattern === 'td3') extra = check(l2.slice(28, 42), l2[42]!);
  }
  const ok = check(doc, docCheck) && check(dob, dobCheck) && check(exp, expCheck) && check(composite, compositeCheck) && extra;
  if (!ok) return { validation: 'invalid', notes: ['ICAO 9303 check digit'] };
  const birth = date(dob, false, now);
  if (!birth || !date(exp, true, now)) return { validation: 'invalid', notes: ['date'] };
  const age = ageAt(birth.y, birth.m, birth.d, now);
  // With a first line (always for TD1) the document code and issuing state are known.
  const docCode = lines.length > 1 ? lines[0]![0] : undefined;
  const issuer = lines.length > 1 ? lines[0]!.slice(2, 5).replace(/</g, '') : undefined;
  return {
    validation: 'valid',
    // A passport MRZ is a passport; TD1/TD2 and non-P codes are other travel documents (ID cards, permits, visas).
    piType: pattern === 'td3' && (docCode === undefined || docCode === 'P') ? 'PI.ID.PASSPORT' : 'PI.ID.TRAVEL_PERMIT',
    attributes: {
      mrzFormat: pattern.toUpperCase(),
      nationality: nationality.replace(/</g, ''),
      ...(issuer ? { issuingState: issuer } : {}),
      birthDate: birth.iso,
      age,
      minor: age < MINOR_AGE,
      ...(sex === 'M' ? { sex: 'male' as const } : sex === 'F' ? { sex: 'female' as const } : {}),
    },
  };
}

/** Machine-readable zones of ICAO 9303 travel documents (TD3 passports, TD2, TD1 cards), with every check digit verified. */
export const mrz = defineRecognizer({
  meta: {
    id: 'mrz',
    entity: 'MRZ',
    piType: 'PI.ID.PASSPORT',
    country: 'INTL',
    description:
      'ICAO 9303 machine-readable zone: TD3 (2 × 44, passports), TD2 (2 × 36) and TD1 (3 × 30); document number, birth date, expiry and composite check digits (7-3-1) must all hold. Yields birth date, age, sex and nationality.',
    references: ['ICAO Doc 9303 parts 4–6', 'pi-taxonomy.md §3.4'],
    version: 1,
  },
  // \d{7}[MFX<]\d{7} written to start at the sex/filler character, so that the analyzer tests it once per digit run
  // (one sticky test after each run's first character) instead of scanning every run (rewritten-prefilters.test.ts).
  prefilter: /[MFX<](?<=\d{7}[MFX<])\d{7}/,
  find,
  context: { words: ['护照', '護照', 'passport', 'mrz', '机读', '機讀'] },
  validate: (value, { candidate, now }) => verdict(candidate.pattern, value, now),
  // Keeps the layout and the filler, hides every name, number and date.
  mask: (value) => value.replace(/[A-Z0-9]/g, '*'),
});
