import { scoreDocuments } from '../scoring/score-documents.js';
import type { EvalDocument } from '../scoring/eval-document.js';
import { readJsonLines } from '../vectors/read-data.js';
import type { Suite } from './suite.js';

interface Row {
  text: string;
  label: Record<string, Record<string, Array<[number, number]>>>;
}

const NAME = 'PI.BASIC.NAME';

/** CLUENER2020 dev, label `name` (offsets END INCLUSIVE in the file): person names in Chinese news. Evaluation only. */
export const cluenerNamesSuite: Suite = {
  id: 'cluener-names',
  description: 'CLUENER2020 dev (1,343 news sentences), label name → PI.BASIC.NAME',
  folder: 'dev/cluener2020',
  run({ dataDir, analyzer }) {
    const docs: EvalDocument[] = readJsonLines<Row>(dataDir, 'dev/cluener2020/dev.json').map((r, i) => ({
      id: `cluener#${i}`,
      text: r.text,
      gold: Object.values(r.label.name ?? {}).flatMap((spans) => spans.map(([s, e]) => ({ type: NAME, start: s, end: e + 1 }))),
    }));
    return [scoreDocuments('sentences', docs, analyzer, new Set([NAME]))];
  },
};
