import type { IdentifierVector } from '../vectors/identifier-vector.js';
import { readJsonLines } from '../vectors/read-data.js';
import { runVectors } from '../vectors/run-vectors.js';
import type { Suite } from './suite.js';

interface Row {
  input: string;
  expected_valid: boolean;
  strict_arg?: boolean;
}

const FILE = 'dev/identifier_test_vectors/id_validator_cn/isValid_cases.jsonl';

function vectorOf(r: Row): IdentifierVector {
  if (!r.expected_valid) return { value: r.input, expected: null, contextWord: '身份证号' };
  // 81/82/83 + 0000 are the HK/Macao/Taiwan residents' residence permits (pi-taxonomy §3.1).
  if (/^8[123]0000/.test(r.input)) return { value: r.input, expected: 'PI.ID.RESIDENCE_PERMIT', contextWord: '居住证号码' };
  // A 15-digit number has no check digit and an IMEI's length: PI only beside its context.
  return { value: r.input, expected: 'PI.ID.RIC', contextWord: '身份证号', needsContext: r.input.length === 15 };
}

/**
 * jxlwqq/id-validator's isValid cases. Its strict mode also checks that the region code existed at the
 * birth date; piguard (like stdnum) checks the province, the date and the check digit, so the
 * non-strict answers are the reference and the strict-only rows are left out.
 */
export const idValidatorCnSuite: Suite = {
  id: 'id-validator-cn',
  description: 'jxlwqq/id-validator isValid cases (18/15-digit IDs, HK/Macao/Taiwan residence permits), non-strict mode',
  folder: 'dev/identifier_test_vectors/id_validator_cn',
  run({ dataDir, analyzer }) {
    const rows = readJsonLines<Row>(dataDir, FILE).filter((r) => r.strict_arg !== true);
    return runVectors('id-validator', rows.map(vectorOf), analyzer);
  },
};
