import { scoreDocuments } from '../scoring/score-documents.js';
import type { EvalDocument } from '../scoring/eval-document.js';
import { readDataFile } from '../vectors/read-data.js';
import { readTaggedLines, type TaggedLinesFormat } from './read-tagged-lines.js';
import type { Suite } from './suite.js';

const NAME = 'PI.BASIC.NAME';

/** A suite over a Chinese character-per-line set: the chunks with `label` are person names. */
function chineseNameSuite(id: string, description: string, file: string, label: string, format: TaggedLinesFormat): Suite {
  const folder = file.slice(0, file.lastIndexOf('/'));
  return {
    id,
    description,
    folder,
    run({ dataDir, analyzer }) {
      const docs: EvalDocument[] = readTaggedLines(readDataFile(dataDir, file), format).map((t, i) => ({
        id: `${id}#${i}`,
        text: t.text,
        gold: t.chunks.filter((c) => c.label === label).map((c) => ({ type: NAME, start: c.start, end: c.end })),
      }));
      return [scoreDocuments('texts', docs, analyzer, new Set([NAME]))];
    },
  };
}

const spaceSplit = (line: string): [string, string] => {
  const i = line.lastIndexOf(' ');
  return [line.slice(0, i), line.slice(i + 1).trim()];
};

/** resume_ner dev, NAME (char BMES): names in executives' résumés. Evaluation only. */
export const resumeNamesSuite = chineseNameSuite(
  'resume-names',
  'resume_ner dev (463 résumé sentences), NAME → PI.BASIC.NAME',
  'dev/resume_ner/dev.char.bmes',
  'NAME',
  {
    split: spaceSplit,
    joiner: '',
  },
);

/** Weibo NER dev, PER.NAM (char BIO, a segment digit after each character). */
export const weiboNamesSuite = chineseNameSuite(
  'weibo-names',
  'Weibo NER dev (270 posts), PER.NAM → PI.BASIC.NAME',
  'dev/weibo_ner/weiboNER_2nd_conll.dev',
  'PER.NAM',
  {
    split: (line) => {
      const [tok = '', tag = 'O'] = line.split('\t');
      return [tok.slice(0, -1) || ' ', tag.trim()];
    },
    joiner: '',
  },
);

/** Chinese address parsing dev, `person` chunks: the recipient inside a written address. Evaluation only. */
export const addressPersonsSuite = chineseNameSuite(
  'address-persons',
  'chinese_address_parsing dev (2,985 addresses), person → PI.BASIC.NAME',
  'dev/chinese_address_parsing/dev.txt',
  'person',
  {
    split: (line) => {
      const [tok, tag] = spaceSplit(line);
      return [tok === '_' ? ' ' : tok, tag];
    },
    joiner: '',
  },
);
