import { cnPersonNameLexiconV1 } from '../data/cn-person-name-lexicon.v1.js';
import { cnPersonNameModelV1 } from '../data/cn-person-name-model.v1.js';
import { CnFeatureScratch, cnCharFeaturesInto } from './cn-char-features.js';
import { buildCnNameLexicon, type CnNameLexicon } from './cn-name-lexicon.js';
import { DecodeScratch, decode, type LinearChainModel } from './linear-chain-model.js';
import { decodeModel } from './model-codec.js';
import { spansOfTags, type TagSpan } from './tag-spans.js';

let loaded: { model: LinearChainModel; lexicon: CnNameLexicon } | undefined;

/** The shipped Chinese name model and lexicon, decoded on first use (a few milliseconds) and then shared. */
export function cnNameModel(): { model: LinearChainModel; lexicon: CnNameLexicon } {
  loaded ??= { model: decodeModel(cnPersonNameModelV1), lexicon: buildCnNameLexicon(cnPersonNameLexiconV1) };
  return loaded;
}

// The model runs only on Han segments: runs of text with Han characters where gaps of other characters
// are short, plus a little context on each side. Long ASCII stretches (JSON keys, English, numbers) are skipped.
const MAX_GAP = 6;
const CONTEXT = 3;
const MAX_PIECE = 2000;
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** A range [start, end) of a text. */
export interface TextRange {
  start: number;
  end: number;
}

// The next Han character at or after lastIndex: the regex engine skips ASCII stretches faster than a JS loop.
const NEXT_HAN = /[\u4e00-\u9fff]/g;

/** [start, end) of the Han segments of `text`, each at most MAX_PIECE long (cut after punctuation where possible). */
export function hanSegments(text: string): TextRange[] {
  const out: TextRange[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    NEXT_HAN.lastIndex = i;
    const hit = NEXT_HAN.exec(text);
    if (hit === null) break;
    i = hit.index;
    let last = i; // last Han character of the segment
    let j = i + 1;
    while (j < n && j - last <= MAX_GAP && j - i < MAX_PIECE) {
      if (isHan(text.charCodeAt(j))) last = j;
      j++;
    }
    const start = Math.max(0, i - CONTEXT);
    const end = Math.min(n, last + 1 + CONTEXT);
    out.push({ start: Math.max(start, out.length ? out[out.length - 1]!.end : 0), end });
    i = last + 1;
  }
  return out;
}

/**
 * The segments with touching ones joined: the parts of `text` where a Han word can be, for the rules that
 * look for words (labels, titles, repeated names) and must not miss one cut at a segment's MAX_PIECE end.
 */
export function hanRanges(segments: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const s of segments) {
    const last = out[out.length - 1];
    if (last && last.end === s.start) last.end = s.end;
    else out.push({ start: s.start, end: s.end });
  }
  return out;
}

// Buffers shared by every call: tagging is synchronous, so one set serves all segments of all texts.
const featureScratch = new CnFeatureScratch();
const decodeScratch = new DecodeScratch();

/** Name spans the model tags in `text` (offsets into `text`); only Han segments (given, or found here) are tagged. */
export function tagCnNames(text: string, segments: readonly TextRange[] = hanSegments(text)): TagSpan[] {
  const { model, lexicon } = cnNameModel();
  const out: TagSpan[] = [];
  for (const seg of segments) {
    const features = cnCharFeaturesInto(text, seg.start, seg.end, lexicon, model.bits, featureScratch);
    const path = decode(model, features, undefined, decodeScratch);
    for (const s of spansOfTags(model.tags, path)) out.push({ start: s.start + seg.start, end: s.end + seg.start });
  }
  return out;
}
