// Hostile input for the identity-document recognisers: near-misses built from the characters their patterns and
// `find` scanners are made of (MRZ filler, IBAN groups, 字第 runs, brackets) must keep matching linear in the input.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer/create-analyzer.js';
import { cnDisabilityCard } from './cn/cn-disability-card.js';
import { cnExitEntryPermit } from './cn/cn-exit-entry-permit.js';
import { cnFpr2017 } from './cn/cn-fpr-2017.js';
import { cnFpr2023 } from './cn/cn-fpr-2023.js';
import { cnHkmoHomeReturnPermit } from './cn/cn-hkmo-home-return-permit.js';
import { cnMilitaryId } from './cn/cn-military-id.js';
import { cnPassport } from './cn/cn-passport.js';
import { cnTwMtp } from './cn/cn-tw-mtp.js';
import { hkid } from './hk/hkid.js';
import { iban } from './intl/iban.js';
import { mrz } from './intl/mrz.js';
import { moid } from './mo/moid.js';
import { twid } from './tw/twid.js';
import { usSsn } from './us/us-ssn.js';

const recognizers = [
  cnDisabilityCard,
  cnExitEntryPermit,
  cnFpr2017,
  cnFpr2023,
  cnHkmoHomeReturnPermit,
  cnMilitaryId,
  cnPassport,
  cnTwMtp,
  hkid,
  iban,
  mrz,
  moid,
  twid,
  usSsn,
];
const SIZE = 1 << 20;
const BUDGET_MS = 4000;

const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);

// Each input is one character short of (or one character past) a match everywhere, so that a super-linear
// pattern would show; dense true matches are left to the analyzer's own tests.
const HOSTILE: Record<string, string> = {
  'MRZ filler': fill('<'),
  'MRZ data line one character long': fill('L898902C36UTO7408122F1204159ZE184226B<<<<<10<\n'),
  'MRZ digits with a sex marker': fill('1234567M'),
  'IBAN group heads': fill('GB82 '),
  'IBAN run that never reaches a length': fill('GB82 WEST 12'),
  'alphanumeric run': fill('AB12'),
  'brackets after digits': fill('A123456('),
  '字第 without a number': fill('南字第'),
  '字第 with letters only': fill('武警字第ABCDEFGHIJ号'),
  'delimiters between digits': fill('123-45-'),
  'digit run with X': fill('1234567890123456X'),
  'context words and short numbers': fill('护照台胞证通行证身份证1234567 '),
};

describe('identity documents: hostile input stays linear', () => {
  for (const r of recognizers) {
    it(`${r.meta.id}: 1 MB of each of ${Object.keys(HOSTILE).length} near-miss inputs`, () => {
      const analyzer = createAnalyzer({ recognizers: [r], types: [r.meta.id] });
      const slow: string[] = [];
      for (const [name, text] of Object.entries(HOSTILE)) {
        const t0 = performance.now();
        analyzer.analyze(text);
        const ms = performance.now() - t0;
        if (ms > BUDGET_MS) slow.push(`${name}: ${ms.toFixed(0)} ms`);
      }
      expect(slow).toEqual([]);
    }, 120_000);
  }
});
