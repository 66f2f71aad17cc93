// Readers for the sets whose licences allow shipped weights (shared/data/README.md): Weibo NER train
// (CC BY-SA 3.0), WNUT-17 train (CC BY 4.0), presidio_synth (MIT), cMedQA train (Apache-2.0). CLUENER,
// resume_ner and address parsing are evaluation only and are never read here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TaggedText } from './tagged-text.js';

/** Thrown when the shared data folder is absent: training cannot run without it. */
export class MissingTrainingDataError extends Error {
  override name = 'MissingTrainingDataError';
}

function read(dataDir: string, rel: string): string {
  const p = join(dataDir, rel);
  if (!existsSync(p)) throw new MissingTrainingDataError(`training data not found: ${p} (set PIGUARD_DATA_DIR or pass --data)`);
  return readFileSync(p, 'utf8');
}

/** Weibo NER (BIO, `<char><digit>\t<tag>`): PER.NAM spans are names; nominal mentions (妈妈) are not. */
export function readWeibo(dataDir: string, split: 'train' | 'dev'): TaggedText[] {
  const out: TaggedText[] = [];
  for (const block of read(dataDir, `dev/weibo_ner/weiboNER_2nd_conll.${split}`).split(/\n\s*\n/)) {
    let text = '';
    const names: TaggedText['names'] = [];
    let open = -1;
    for (const line of block.split('\n')) {
      if (!line.trim()) continue;
      const [tok = '', tag = 'O'] = line.split('\t');
      const ch = tok.slice(0, -1) || ' ';
      const isName = tag.endsWith('PER.NAM');
      if (open >= 0 && (!isName || tag.startsWith('B-'))) {
        names.push({ start: open, end: text.length });
        open = -1;
      }
      if (isName && open < 0) open = text.length;
      text += ch;
    }
    if (open >= 0) names.push({ start: open, end: text.length });
    if (text) out.push({ text, names });
  }
  return out;
}

/** cMedQA questions (Apache-2.0): real Chinese text without person names, used as negatives. */
export function readCmedqaTexts(dataDir: string): string[] {
  return read(dataDir, 'dev/cmedqa_ner/train.json')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** cEHR clinical records (Apache-2.0), de-identified: name-free negatives, cut into sentences of real clinical text. */
export function readCehrSentences(dataDir: string): string[] {
  return read(dataDir, 'dev/cehr_ner/train.json')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => (JSON.parse(l) as { text: string }).text.split(/(?<=[。；;])/))
    .filter((s) => s.length >= 8);
}

/** An English token sequence with the token indices that start and end person names. */
export interface TaggedTokens {
  tokens: string[];
  names: Array<{ start: number; end: number }>;
}

/** WNUT-17 (CoNLL BIO tokens): person spans. */
export function readWnut(dataDir: string, file: string): TaggedTokens[] {
  const out: TaggedTokens[] = [];
  for (const block of read(dataDir, `dev/wnut17/${file}`).split(/\n\s*\n/)) {
    const tokens: string[] = [];
    const names: TaggedTokens['names'] = [];
    let open = -1;
    for (const line of block.split('\n')) {
      if (!line.trim()) continue;
      const [tok = '', tag = 'O'] = line.split('\t');
      const isName = tag.endsWith('-person');
      if (open >= 0 && (!isName || tag.startsWith('B-'))) {
        names.push({ start: open, end: tokens.length });
        open = -1;
      }
      if (isName && open < 0) open = tokens.length;
      tokens.push(tok);
    }
    if (open >= 0) names.push({ start: open, end: tokens.length });
    if (tokens.length) out.push({ tokens, names });
  }
  return out;
}

/** presidio_synth: English sentences with PERSON spans (end exclusive), plus the template id of each. */
export function readPresidio(dataDir: string): Array<TaggedText & { template: number }> {
  const rows = JSON.parse(read(dataDir, 'dev/presidio_synth/synth_dataset_v2.json')) as Array<{
    full_text: string;
    template_id: number;
    spans: Array<{ entity_type: string; start_position: number; end_position: number }>;
  }>;
  return rows.map((r) => ({
    text: r.full_text,
    template: r.template_id,
    names: r.spans.filter((s) => s.entity_type === 'PERSON').map((s) => ({ start: s.start_position, end: s.end_position })),
  }));
}
