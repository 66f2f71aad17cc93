import { cnPersonNameLexiconV1 } from '../data/cn-person-name-lexicon.v1.js';
import { cnPersonNameModelV1 } from '../data/cn-person-name-model.v1.js';
import { cnCharFeatures } from './cn-char-features.js';
import { buildCnNameLexicon, type CnNameLexicon } from './cn-name-lexicon.js';
import { decode, type LinearChainModel } from './linear-chain-model.js';
import { decodeModel } from './model-codec.js';
import { spansOfTags, type TagSpan } from './tag-spans.js';

let loaded: { model: LinearChainModel; lexicon: CnNameLexicon } | undefined;

/** The shipped Chinese name model and lexicon, decoded on first use (a few milliseconds) and then shared. */
export function cnNameModel(): { model: LinearChainModel; lexicon: CnNameLexicon } {
  loaded ??= { model: decodeModel(cnPersonNameModelV1), lexicon: buildCnNameLexicon(cnPersonNameLexiconV1) };
  return loaded;
}

const HAN = /[\u4e00-\u9fff]/;
// Lines longer than this are tagged in pieces cut at sentence punctuation, so memory stays bounded.
const MAX_PIECE = 2000;

/** Cuts a line into pieces of at most MAX_PIECE characters, preferring to cut after 。！？；, or a space. */
function pieces(line: string, offset: number): Array<{ text: string; offset: number }> {
  if (line.length <= MAX_PIECE) return [{ text: line, offset }];
  const out: Array<{ text: string; offset: number }> = [];
  let start = 0;
  while (start < line.length) {
    let end = Math.min(line.length, start + MAX_PIECE);
    if (end < line.length) {
      const cut = Math.max(line.lastIndexOf('。', end), line.lastIndexOf('，', end), line.lastIndexOf(' ', end));
      if (cut > start + MAX_PIECE / 2) end = cut + 1;
    }
    out.push({ text: line.slice(start, end), offset: offset + start });
    start = end;
  }
  return out;
}

/** Name spans the model tags in `text` (offsets into `text`); only lines with a Han character are tagged. */
export function tagCnNames(text: string): TagSpan[] {
  const { model, lexicon } = cnNameModel();
  const out: TagSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (HAN.test(line)) {
      for (const p of pieces(line, lineStart)) {
        const path = decode(model, cnCharFeatures(p.text, lexicon, model.bits));
        for (const s of spansOfTags(model.tags, path)) out.push({ start: s.start + p.offset, end: s.end + p.offset });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
