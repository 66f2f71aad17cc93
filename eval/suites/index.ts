// The evaluation suites, one line each. A new suite is one file in this folder and one line here.
import { anyRuleCnFormatsSuite } from './any-rule-cn-formats.js';
import { idValidatorCnSuite } from './id-validator-cn.js';
import { libphonenumberSuite } from './libphonenumber.js';
import { presidioSynthSuite } from './presidio-synth.js';
import { stdnumSuite } from './stdnum.js';
import type { Suite } from './suite.js';

/** Every suite `npm run eval` runs, in report order. */
export const suites: readonly Suite[] = [stdnumSuite, idValidatorCnSuite, anyRuleCnFormatsSuite, libphonenumberSuite, presidioSynthSuite];
