// Hostile input for the recognisers of words (addresses, sensitive facts): long runs of the characters their
// grammars and lexicons key on must neither hang (catastrophic backtracking) nor produce out-of-range spans.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../../analyzer/create-analyzer.js';
import type { Recognizer } from '../../recognizer.js';
import { cnAddress } from '../cn/cn-address.js';
import { enStreetAddress } from '../generic/en-street-address.js';
import { biometricData } from './biometric-data.js';
import { creditRecord } from './credit-record.js';
import { criminalRecord } from './criminal-record.js';
import { disabilityStatus } from './disability-status.js';
import { ethnicity } from './ethnicity.js';
import { financialCredential } from './financial-credential.js';
import { healthRecordFields } from './health-record-fields.js';
import { healthTerms } from './health-terms.js';
import { lodging } from './lodging.js';
import { maritalStatus } from './marital-status.js';
import { minorAge } from './minor-age.js';
import { religion } from './religion.js';
import { sexualOrientation } from './sexual-orientation.js';
import { trajectory } from './trajectory.js';
import { travelRecord } from './travel-record.js';

const RECOGNIZERS: Recognizer[] = [
  cnAddress,
  enStreetAddress,
  biometricData,
  creditRecord,
  criminalRecord,
  disabilityStatus,
  ethnicity,
  financialCredential,
  healthRecordFields,
  healthTerms,
  lodging,
  maritalStatus,
  minorAge,
  religion,
  sexualOrientation,
  trajectory,
  travelRecord,
];

const SIZE = 100_000;
const fill = (unit: string): string => unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
const HOSTILE: Record<string, string> = {
  'one CJK character': fill('路'),
  'place names without detail': fill('北京市朝阳区'),
  'address suffixes': fill('花园小区号楼单元室'),
  'digits and dashes': fill('12-'),
  'base64 without a label': fill('QUJD'),
  'numbers and commas': fill('1.5,'),
  'times without places': fill('12:30 '),
  'street words without numbers': fill('Main Street '),
  'symptom and suffix fragments without a word': fill('疼痛痒麻胀综合结'),
  'a single line of mixed text': fill('患者张某于1月2日12:00入住如家酒店8012房，民族：汉族，年龄：8，'),
};

describe('recognisers of words on hostile input', () => {
  const analyzer = createAnalyzer({ recognizers: RECOGNIZERS, types: RECOGNIZERS.map((r) => r.meta.id) });
  for (const [name, text] of Object.entries(HOSTILE)) {
    it(`${name}: finishes quickly with spans inside the text`, () => {
      const started = performance.now();
      const found = analyzer.analyze(text);
      const ms = performance.now() - started;
      expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(3000);
      for (const f of found) {
        expect(f.start).toBeGreaterThanOrEqual(0);
        expect(f.end).toBeLessThanOrEqual(text.length);
        expect(text.slice(f.start, f.end)).toBe(f.value);
      }
    });
  }
  it('the mixed line is still read (the work is not skipped)', () => {
    const types = new Set(analyzer.analyze(HOSTILE['a single line of mixed text']!).map((f) => f.piType));
    expect(types).toContain('PI.LOC.LODGING');
    expect(types).toContain('SPI.MINOR');
  });
});
