import type { RecognizerMeta } from '@piguard/core';
import { generateRic18 } from '@piguard/core/testing';
import type { ScanFinding, ScanIssue, ScanSummary } from '@piguard/scan';
import type { Reporter, ReporterFactory, ReporterOptions } from '@piguard/scan/reporters';

/** Synthetic identifiers with computed check digits (never real people). */
export const CHILD_RIC = generateRic18('110105', '20180307', '123');
export const ADULT_RIC = generateRic18('310104', '19850612', '456');
export const MOBILE = '13800000001';

function finding(over: Partial<ScanFinding> & Pick<ScanFinding, 'value' | 'masked' | 'start' | 'end'>): ScanFinding {
  return {
    piType: 'PI.ID.RIC',
    entity: 'CN_RIC18',
    class: 'general',
    score: 0.95,
    state: 'exposed',
    attributes: {},
    explanation: {
      recognizer: 'cn-resident-id',
      pattern: 'ric18',
      baseScore: 0.6,
      validation: 'valid',
      contextWords: [],
      negativeWords: [],
    },
    source: 'data/people.txt',
    ...over,
  };
}

/** Findings of three kinds and locations: a minor's ID (sensitive), a mobile number, a cell of a table. */
export const FINDINGS: ScanFinding[] = [
  finding({
    value: ADULT_RIC,
    masked: `${ADULT_RIC.slice(0, 6)}********${ADULT_RIC.slice(14)}`,
    start: 5,
    end: 23,
    line: 1,
    column: 6,
    fingerprint: 'fpAdultRic000001',
  }),
  finding({
    piType: 'PI.BASIC.PHONE',
    entity: 'CN_MOBILE',
    score: 0.85,
    value: MOBILE,
    masked: '138****0001',
    start: 27,
    end: 38,
    line: 1,
    column: 28,
    fingerprint: 'fpMobile00000001',
    explanation: {
      recognizer: 'cn-mobile',
      pattern: 'mobile',
      baseScore: 0.5,
      validation: 'valid',
      contextWords: ['手机'],
      negativeWords: [],
    },
  }),
  finding({
    class: 'sensitive',
    score: 1,
    value: CHILD_RIC,
    masked: `${CHILD_RIC.slice(0, 6)}********${CHILD_RIC.slice(14)}`,
    start: 0,
    end: 18,
    source: 'db/students.csv',
    cell: { table: 'students', column: '身份证号', row: 2 },
    fingerprint: 'fpChildRic000001',
    attributes: { minor: true },
  }),
  finding({ value: '=1+2', masked: '=1+*', start: 40, end: 44, line: 2, column: 1, state: 'partially_masked', score: 0.5 }),
];

export const ISSUES: ScanIssue[] = [
  { source: 'data/logo.png', code: 'E_BINARY_SKIPPED', message: 'binary file (PNG image); no reader for this format', severity: 'note' },
  { source: 'data/locked.txt', code: 'E_PERMISSION', message: 'permission denied', severity: 'error' },
];

export const SUMMARY: ScanSummary = {
  records: 12,
  recordsWithPi: 3,
  findings: 4,
  byType: [
    { piType: 'PI.ID.RIC', class: 'general', findings: 2, exposed: 1, partiallyMasked: 1, masked: 0, tokenized: 0 },
    { piType: 'PI.BASIC.PHONE', class: 'general', findings: 1, exposed: 1, partiallyMasked: 0, masked: 0, tokenized: 0 },
    { piType: 'PI.ID.RIC', class: 'sensitive', findings: 1, exposed: 1, partiallyMasked: 0, masked: 0, tokenized: 0 },
  ],
  people: { distinct: 2, sensitive: 1, minors: 1 },
  scale: { band: 'S1', baseBand: 'S0', thresholds: [] },
  criminalTiers: [
    { crimTier: 500, piTypes: ['PI.BASIC.PHONE'], records: 1, level: 'below' },
    { crimTier: 5000, piTypes: ['PI.ID.RIC'], records: 3, level: 'below' },
  ],
  reconstructed: 0,
  files: 4,
  bytes: 2048,
  durationMs: 125,
  issues: { errors: 1, notes: 1 },
};

export const RECOGNIZERS: RecognizerMeta[] = [
  {
    id: 'cn-mobile',
    entity: 'CN_MOBILE',
    piType: 'PI.BASIC.PHONE',
    country: 'CN',
    description: 'Mainland mobile number',
    references: ['pi-taxonomy.md §3.5'],
    version: 1,
  },
  {
    id: 'cn-resident-id',
    entity: 'CN_RIC18',
    piType: 'PI.ID.RIC',
    country: 'CN',
    description: 'Resident ID number',
    references: ['GB 11643-1999'],
    version: 1,
  },
];

/** Feeds the fixture through a reporter and returns what it wrote. */
export function render(factory: ReporterFactory, options: ReporterOptions = {}): string {
  let out = '';
  const reporter: Reporter = factory({ write: (s) => void (out += s) }, { recognizers: RECOGNIZERS, version: '0.0.0-test', ...options });
  for (const f of FINDINGS) reporter.finding(f);
  for (const i of ISSUES) reporter.issue(i);
  reporter.end(SUMMARY);
  return out;
}

/** True when no raw value of the fixture occurs in the text. */
export function holdsNoRawValue(text: string): boolean {
  return ![ADULT_RIC, CHILD_RIC, MOBILE].some((v) => text.includes(v));
}
