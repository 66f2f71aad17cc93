/** Test helpers for recogniser authors: `import { recognizerTests } from '@piguard/core/testing'`. */
export { recognizerTests } from './recognizer-tester.js';
export type { ExpectedFinding, InvalidCase, RecognizerCases, RecognizerTest, ValidCase } from './recognizer-tester.js';
export { generateRic18 } from './generate-identifiers.js';
export { generateLuhn, generateLuhnFail, generateUscc, generateVin } from './generate-identifiers.js';
export { generateFpr2023, generateHkid, generateIban, generateMrzTd2, generateMrzTd3, generateTwId } from './generate-identifiers.js';
export type { MrzFields } from './generate-identifiers.js';
export { findingOf } from '../people/finding-fixture.js';
export type { FindingSpec } from '../people/finding-fixture.js';
export { seededRandom } from './seeded-random.js';
