import { luhnValid } from '../reference/luhn.js';
import { isIndividualBusiness } from '../reference/uscc.js';
import type { IdentifierVector } from '../vectors/identifier-vector.js';
import { readJsonLines } from '../vectors/read-data.js';
import { runVectors } from '../vectors/run-vectors.js';
import type { Suite } from './suite.js';

interface StdnumRow {
  input?: string;
  call?: string;
  valid?: boolean;
  extra_args?: string;
}

const DIR = 'dev/identifier_test_vectors/stdnum';

// stdnum module → how a valid value is expected to be found, and the context word that goes with it.
// BIC codes identify banks, not people: the whole set is a negative. A bare Luhn number is a device ID
// when it has an IMEI's 15 digits, a card at 16–19 digits, and no PI type otherwise.
const MODULES: Record<string, (value: string, valid: boolean) => IdentifierVector> = {
  cn_ric: (value, valid) => ({ value, expected: valid ? 'PI.ID.RIC' : null, contextWord: '身份证号' }),
  // Only an individual business's code (92…) identifies a natural person (pi-taxonomy §3.7); other valid codes name organisations.
  cn_uscc: (value, valid) => ({ value, expected: valid && isIndividualBusiness(value) ? 'USCC' : null, contextWord: '统一社会信用代码' }),
  iban: (value, valid) => ({ value, expected: valid ? 'IBAN' : null, contextWord: 'IBAN' }),
  imei: (value, valid) => ({ value, expected: valid ? 'PI.DEVICE' : null, contextWord: 'IMEI', needsContext: true }),
  bic: (value) => ({ value, expected: null, contextWord: 'SWIFT' }),
  luhn: (value, valid) => {
    if (valid && value.length === 15) return { value, expected: 'PI.DEVICE', contextWord: 'IMEI', needsContext: true };
    if (valid && value.length >= 16 && value.length <= 19) return { value, expected: 'SPI.FIN.CARD', contextWord: '银行卡号' };
    return { value, expected: null, contextWord: luhnValid(value) ? undefined : '卡号' };
  },
};

/** python-stdnum's doctests: validate() rows and bulk lists, each module mapped to a type. */
export const stdnumSuite: Suite = {
  id: 'stdnum',
  description: 'python-stdnum test vectors (cn_ric, cn_uscc, iban, imei, luhn, bic): valid values are positives, invalid ones negatives',
  folder: DIR,
  run({ dataDir, analyzer }) {
    return Object.entries(MODULES).flatMap(([module, toVector]) => {
      const rows = readJsonLines<StdnumRow>(dataDir, `${DIR}/${module}.jsonl`);
      // Rows with extra arguments (a custom alphabet) test the library, not a kind of identifier.
      const vectors = rows
        .filter((r) => r.input !== undefined && r.valid !== undefined && !r.extra_args)
        .map((r) => toVector(r.input!, r.valid!));
      return runVectors(`stdnum/${module}`, vectors, analyzer).map((v) => ({ ...v, variant: `${module} ${v.variant}` }));
    });
  },
};
