import { enPersonNameLexiconV1 } from '../data/en-person-name-lexicon.v1.js';
import { enPersonNameModelV1 } from '../data/en-person-name-model.v1.js';
import { buildEnNameLexicon, type EnNameLexicon, enTokenFeatures } from './en-token-features.js';
import { tokenize } from './en-tokens.js';
import { decode, type LinearChainModel } from './linear-chain-model.js';
import { decodeModel } from './model-codec.js';
import { spansOfTags, type TagSpan } from './tag-spans.js';

let loaded: { model: LinearChainModel; lexicon: EnNameLexicon } | undefined;

/** The shipped English name model and lexicon, decoded on first use and then shared. */
export function enNameModel(): { model: LinearChainModel; lexicon: EnNameLexicon } {
  loaded ??= { model: decodeModel(enPersonNameModelV1), lexicon: buildEnNameLexicon(enPersonNameLexiconV1) };
  return loaded;
}

const CAPITAL = /[A-Z\u00C0-\u00DE]/;
// Lines are tagged in pieces of at most this many tokens, so memory stays bounded on a huge line.
const MAX_TOKENS = 1000;

/** Character spans of the names the token model tags in `text`; lines without a capital letter are skipped. */
export function tagEnNames(
  text: string,
  use: { model: LinearChainModel; lexicon: EnNameLexicon } = enNameModel(),
  bias?: ArrayLike<number>,
): TagSpan[] {
  const out: TagSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (CAPITAL.test(line)) {
      const tokens = tokenize(line);
      for (let from = 0; from < tokens.length; from += MAX_TOKENS) {
        const piece = tokens.slice(from, from + MAX_TOKENS);
        const path = decode(use.model, enTokenFeatures(piece, use.lexicon, use.model.bits), bias);
        for (const s of spansOfTags(use.model.tags, path))
          out.push({ start: lineStart + piece[s.start]!.start, end: lineStart + piece[s.end - 1]!.end });
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}
