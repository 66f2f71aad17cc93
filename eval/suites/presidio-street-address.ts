import { scoreDocuments } from '../scoring/score-documents.js';
import type { EvalDocument } from '../scoring/eval-document.js';
import { readDataFile } from '../vectors/read-data.js';
import type { Suite } from './suite.js';

interface Sample {
  full_text: string;
  spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
}

const ADDRESS = 'PI.BASIC.ADDRESS';

/**
 * presidio-research synthetic sentences, STREET_ADDRESS → PI.BASIC.ADDRESS. Most samples use Faker's
 * non-US locales and the set labels the parts of one address separately (building number, street, unit).
 */
export const presidioStreetAddressSuite: Suite = {
  id: 'presidio-street-address',
  description: 'presidio-research synth_dataset_v2 (1,500 English template sentences), STREET_ADDRESS → PI.BASIC.ADDRESS',
  folder: 'dev/presidio_synth',
  run({ dataDir, analyzer }) {
    const samples = JSON.parse(readDataFile(dataDir, 'dev/presidio_synth/synth_dataset_v2.json')) as Sample[];
    const docs: EvalDocument[] = samples.map((s, i) => ({
      id: `presidio#${i}`,
      text: s.full_text,
      gold: s.spans
        .filter((sp) => sp.entity_type === 'STREET_ADDRESS')
        .map((sp) => ({ type: ADDRESS, start: sp.start_position, end: sp.end_position })),
    }));
    return [scoreDocuments('sentences', docs, analyzer, new Set([ADDRESS]))];
  },
};
