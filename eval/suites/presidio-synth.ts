import { scoreDocuments } from '../scoring/score-documents.js';
import type { EvalDocument } from '../scoring/eval-document.js';
import { readDataFile } from '../vectors/read-data.js';
import type { Suite } from './suite.js';

interface Sample {
  full_text: string;
  spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
}

const FILE = 'dev/presidio_synth/synth_dataset_v2.json';

/** Presidio's entity names → piguard's type keys (IBAN is scored under its own key, see type-key.ts). */
export const PRESIDIO_TYPES: Readonly<Record<string, string>> = {
  CREDIT_CARD: 'SPI.FIN.CARD',
  IBAN_CODE: 'IBAN',
  US_SSN: 'PI.ID.FOREIGN',
  EMAIL_ADDRESS: 'PI.BASIC.EMAIL',
  PHONE_NUMBER: 'PI.BASIC.PHONE',
  IP_ADDRESS: 'PI.NET.IP',
};

/**
 * presidio-research's synthetic sentences, identifier types only. Findings of other types are ignored (the
 * set has no gold for Chinese IDs or device IDs); a finding of a mapped type on a span the set labels as
 * something else (a driver's licence read as a phone) is a false positive.
 */
export const presidioSynthSuite: Suite = {
  id: 'presidio-synth',
  description: 'presidio-research synth_dataset_v2 (1,500 English template sentences), identifier types',
  folder: 'dev/presidio_synth',
  run({ dataDir, analyzer }) {
    const samples = JSON.parse(readDataFile(dataDir, FILE)) as Sample[];
    const docs: EvalDocument[] = samples.map((s, i) => ({
      id: `presidio#${i}`,
      text: s.full_text,
      gold: s.spans.flatMap((sp) => {
        const type = PRESIDIO_TYPES[sp.entity_type];
        return type ? [{ type, start: sp.start_position, end: sp.end_position }] : [];
      }),
    }));
    return [scoreDocuments('sentences', docs, analyzer, new Set(Object.values(PRESIDIO_TYPES)))];
  },
};
