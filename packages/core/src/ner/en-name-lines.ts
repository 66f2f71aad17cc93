import { type EnNameLexicon, enTokenFeatures } from './en-token-features.js';
import { type Token, tokenize } from './en-tokens.js';
import { decode, type LinearChainModel } from './linear-chain-model.js';
import { spansOfTags, type TagSpan } from './tag-spans.js';

// Lines are tagged in pieces of at most this many tokens, so memory stays bounded on a huge line.
const MAX_TOKENS = 1000;

const CAPITAL_WORD = /(^|[.!?:;"“>]\s*)?([A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*)/g;

const PERSON_VERB =
  /\s+(?:said|says|shouted|asked|told|wrote|began|lives|lived|works|worked|called|went|loves|thinks|thought|knows|wants|met|replied|explained|smiled|laughed|cried|married|died)\b/y;

/** A cheap look at a line before tokenising it: is there a capitalised word that could start a name? */
function promisingLine(line: string, lexicon: EnNameLexicon): boolean {
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(line); m !== null; m = CAPITAL_WORD.exec(line)) {
    const word = m[2]!;
    const w = word.toLowerCase();
    // An all-capitals word (WARN, PUT, SF) counts only as a known family name (ZHANG San).
    if (lexicon.common.has(w) || (word === word.toUpperCase() && !lexicon.family.has(w))) continue;
    // "J. Paavolainen", "Dr. Smith": a period after an initial or a title ends no sentence.
    const afterInitial =
      m[1] !== undefined && m[1].startsWith('.') && /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr)$/.test(line.slice(0, m.index));
    const initial = (m[1] !== undefined && !afterInitial) || m.index === 0;
    if (!initial || lexicon.given.has(w) || lexicon.family.has(w)) return true;
    // A sentence-initial word followed by a verb that people do (Mehrudin shouted, Velindor said; not "is", which
    // things do too: Python is…) is worth a look by the model even when the lexicon does not know it.
    PERSON_VERB.lastIndex = CAPITAL_WORD.lastIndex;
    if (PERSON_VERB.test(line)) return true;
  }
  return false;
}

/** A line of text with its tokens; `lineStart` is its offset in the whole text. */
export interface TokenLine {
  lineStart: number;
  line: string;
  tokens: Token[];
}

/**
 * The lines worth tagging, tokenised once: a line needs a capitalised word that is not a common word and
 * either stands inside a sentence or is a known name (sentence-initial capitals alone are no evidence).
 */
export function candidateLines(text: string, lexicon: EnNameLexicon): TokenLine[] {
  const out: TokenLine[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (promisingLine(line, lexicon)) out.push({ lineStart, line, tokens: tokenize(line) });
    lineStart = lineEnd + 1;
  }
  return out;
}

/** Character spans of the names the token model tags in the given lines. */
export function tagEnLines(
  lines: readonly TokenLine[],
  use: { model: LinearChainModel; lexicon: EnNameLexicon },
  bias?: ArrayLike<number>,
): TagSpan[] {
  const out: TagSpan[] = [];
  for (const { lineStart, tokens } of lines) {
    for (let from = 0; from < tokens.length; from += MAX_TOKENS) {
      const piece = tokens.slice(from, from + MAX_TOKENS);
      const path = decode(use.model, enTokenFeatures(piece, use.lexicon, use.model.bits), bias);
      for (const s of spansOfTags(use.model.tags, path))
        out.push({ start: lineStart + piece[s.start]!.start, end: lineStart + piece[s.end - 1]!.end });
    }
  }
  return out;
}
