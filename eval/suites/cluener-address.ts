import { scoreDocuments } from '../scoring/score-documents.js';
import type { EvalDocument } from '../scoring/eval-document.js';
import { readJsonLines } from '../vectors/read-data.js';
import type { Suite } from './suite.js';

interface Row {
  text: string;
  label: Record<string, Record<string, Array<[number, number]>>>;
}

const ADDRESS = 'PI.BASIC.ADDRESS';

/**
 * CLUENER2020 dev, label `address` (END INCLUSIVE offsets in the file) → PI.BASIC.ADDRESS. The label is a
 * general location tag (countries, seas, landmarks, 北京 in passing); piguard reports addresses as PI, so
 * bare places below the default threshold are misses here by design. Evaluation only.
 */
export const cluenerAddressSuite: Suite = {
  id: 'cluener-address',
  description: 'CLUENER2020 dev (1,343 news sentences), label address → PI.BASIC.ADDRESS',
  folder: 'dev/cluener2020',
  run({ dataDir, analyzer }) {
    const docs: EvalDocument[] = readJsonLines<Row>(dataDir, 'dev/cluener2020/dev.json').map((r, i) => ({
      id: `cluener#${i}`,
      text: r.text,
      gold: Object.values(r.label.address ?? {}).flatMap((spans) => spans.map(([s, e]) => ({ type: ADDRESS, start: s, end: e + 1 }))),
    }));
    return [scoreDocuments('sentences', docs, analyzer, new Set([ADDRESS]))];
  },
};
