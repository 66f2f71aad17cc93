import { scoreDocuments } from '../scoring/score-documents.js';
import type { EvalDocument } from '../scoring/eval-document.js';
import { readDataFile } from '../vectors/read-data.js';
import type { Suite } from './suite.js';

const ADDRESS = 'PI.BASIC.ADDRESS';

/** The addresses of the token-per-line file: tokens joined, one text per blank-line-separated block. */
function addresses(raw: string): string[] {
  return raw
    .split(/\r?\n\s*\r?\n/)
    .map((block) =>
      block
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '')
        .map((l) => l.slice(0, l.lastIndexOf(' ')))
        .join(''),
    )
    .filter((t) => t.length > 0);
}

/**
 * Neural Chinese Address Parsing dev (Li et al., NAACL 2019): every line is one user-entered address, so the
 * gold is the whole line. Exact = the finding is the whole address; overlap = some of it was found. Evaluation only.
 */
export const addressParsingSuite: Suite = {
  id: 'address-parsing',
  description: 'chinese_address_parsing dev (2,985 user-entered addresses), whole line → PI.BASIC.ADDRESS',
  folder: 'dev/chinese_address_parsing',
  run({ dataDir, analyzer }) {
    const docs: EvalDocument[] = addresses(readDataFile(dataDir, 'dev/chinese_address_parsing/dev.txt')).map((text, i) => ({
      id: `address#${i}`,
      text,
      gold: [{ type: ADDRESS, start: 0, end: text.length }],
    }));
    return [scoreDocuments('addresses', docs, analyzer, new Set([ADDRESS]))];
  },
};
