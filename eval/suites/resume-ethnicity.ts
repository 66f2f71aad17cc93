import { scoreDocuments } from '../scoring/score-documents.js';
import type { EvalDocument } from '../scoring/eval-document.js';
import { readDataFile } from '../vectors/read-data.js';
import { readTaggedLines } from './read-tagged-lines.js';
import type { Suite } from './suite.js';

const ETHNIC = 'PI.BASIC.ETHNIC';

/** resume_ner dev, RACE (char BMES) → PI.BASIC.ETHNIC: ethnic groups in executives' résumés. Evaluation only. */
export const resumeEthnicitySuite: Suite = {
  id: 'resume-ethnicity',
  description: 'resume_ner dev (463 résumé sentences), RACE → PI.BASIC.ETHNIC',
  folder: 'dev/resume_ner',
  run({ dataDir, analyzer }) {
    const format = {
      split: (line: string): [string, string] => {
        const i = line.lastIndexOf(' ');
        return [line.slice(0, i), line.slice(i + 1)];
      },
      joiner: '',
    };
    const docs: EvalDocument[] = readTaggedLines(readDataFile(dataDir, 'dev/resume_ner/dev.char.bmes'), format).map((t, i) => ({
      id: `resume#${i}`,
      text: t.text,
      gold: t.chunks.filter((c) => c.label === 'RACE').map((c) => ({ type: ETHNIC, start: c.start, end: c.end })),
    }));
    return [scoreDocuments('sentences', docs, analyzer, new Set([ETHNIC]))];
  },
};
