import { scoreDocuments } from '../scoring/score-documents.js';
import type { EvalDocument } from '../scoring/eval-document.js';
import { readDataFile } from '../vectors/read-data.js';
import { readTaggedLines } from './read-tagged-lines.js';
import type { Suite } from './suite.js';

const NAME = 'PI.BASIC.NAME';

interface Sample {
  full_text: string;
  template_id: number;
  spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
}

/**
 * presidio_synth PERSON. The name model trains on the even-numbered templates (MIT allows it), so the
 * honest figure is the odd-numbered, held-out templates; the whole set is reported beside it.
 */
export const presidioNamesSuite: Suite = {
  id: 'presidio-names',
  description: 'presidio-research synth_dataset_v2, PERSON → PI.BASIC.NAME (held-out = odd template ids, unseen in training)',
  folder: 'dev/presidio_synth',
  run({ dataDir, analyzer }) {
    const samples = JSON.parse(readDataFile(dataDir, 'dev/presidio_synth/synth_dataset_v2.json')) as Sample[];
    const docs = samples.map((s, i) => ({
      template: s.template_id,
      doc: {
        id: `presidio#${i}`,
        text: s.full_text,
        gold: s.spans
          .filter((sp) => sp.entity_type === 'PERSON')
          .map((sp) => ({ type: NAME, start: sp.start_position, end: sp.end_position })),
      } satisfies EvalDocument,
    }));
    const only = new Set([NAME]);
    return [
      scoreDocuments(
        'held-out templates',
        docs.filter((d) => d.template % 2 === 1).map((d) => d.doc),
        analyzer,
        only,
      ),
      scoreDocuments(
        'all templates',
        docs.map((d) => d.doc),
        analyzer,
        only,
      ),
    ];
  },
};

/** WNUT-17 dev, person (token BIO; text rebuilt with single spaces): rare names in social media. */
export const wnutNamesSuite: Suite = {
  id: 'wnut17-names',
  description: 'WNUT-17 dev (1,009 social-media texts), person → PI.BASIC.NAME',
  folder: 'dev/wnut17',
  run({ dataDir, analyzer }) {
    const texts = readTaggedLines(readDataFile(dataDir, 'dev/wnut17/emerging.dev.conll'), {
      split: (line) => {
        const [tok = '', tag = 'O'] = line.split('\t');
        return [tok, tag.trim()];
      },
      joiner: ' ',
    });
    const docs: EvalDocument[] = texts.map((t, i) => ({
      id: `wnut17#${i}`,
      text: t.text,
      gold: t.chunks.filter((c) => c.label === 'person').map((c) => ({ type: NAME, start: c.start, end: c.end })),
    }));
    return [scoreDocuments('texts', docs, analyzer, new Set([NAME]))];
  },
};
