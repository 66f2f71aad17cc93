// The evaluation suites, one line each. A new suite is one file in this folder and one line here.
import { addressParsingSuite } from './address-parsing.js';
import { anyRuleCnFormatsSuite } from './any-rule-cn-formats.js';
import { addressPersonsSuite, resumeNamesSuite, weiboNamesSuite } from './chinese-names-bio.js';
import { cluenerAddressSuite } from './cluener-address.js';
import { cluenerNamesSuite } from './cluener-names.js';
import { presidioNamesSuite, wnutNamesSuite } from './english-names.js';
import { healthDocumentsSuite } from './health-documents.js';
import { idValidatorCnSuite } from './id-validator-cn.js';
import { libphonenumberSuite } from './libphonenumber.js';
import { policyPrecisionSuite } from './policy-precision.js';
import { presidioStreetAddressSuite } from './presidio-street-address.js';
import { presidioSynthSuite } from './presidio-synth.js';
import { resumeEthnicitySuite } from './resume-ethnicity.js';
import { stdnumSuite } from './stdnum.js';
import type { Suite } from './suite.js';

/** Every suite `npm run eval` runs, in report order. */
export const suites: readonly Suite[] = [
  stdnumSuite,
  idValidatorCnSuite,
  anyRuleCnFormatsSuite,
  libphonenumberSuite,
  presidioSynthSuite,
  cluenerNamesSuite,
  resumeNamesSuite,
  weiboNamesSuite,
  addressPersonsSuite,
  presidioNamesSuite,
  wnutNamesSuite,
  cluenerAddressSuite,
  addressParsingSuite,
  presidioStreetAddressSuite,
  healthDocumentsSuite,
  policyPrecisionSuite,
  resumeEthnicitySuite,
];
