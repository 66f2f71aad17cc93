import { type EnNameLexicon, enTokenFeatures } from './en-token-features.js';
import { type Token, tokenize } from './en-tokens.js';
import { DecodeScratch, decode, type LinearChainModel } from './linear-chain-model.js';
import { spansOfTags, type TagSpan } from './tag-spans.js';

// Lines are tagged in pieces of at most this many tokens, so memory stays bounded on a huge line.
const MAX_TOKENS = 1000;

// A capitalised word that does not continue a word (the "Phone" of iPhone is not one).
const CAPITAL_WORD = /(?<![A-Za-z\u00C0-\u024F])[A-Z\u00C0-\u00DE][A-Za-z\u00C0-\u024F'’-]*/g;
// A lower-case word, for texts written without capitals.
const LOWER_WORD = /[a-z\u00DF-\u024F][a-z\u00DF-\u024F'’-]*/g;
// An initial or a title before a period: "J. Paavolainen", "Dr. Smith" (the period ends no sentence).
const INITIAL_BEFORE = /(?:^|[\s(])(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|St|Jr|Sr)$/;
const PERSON_VERB =
  /\s+(?:said|says|shouted|asked|told|wrote|began|lives|lived|works|worked|called|went|loves|thinks|thought|knows|wants|met|replied|explained|smiled|laughed|cried|married|died)\b/y;
// Greetings, for the addressed-name rule (Hi Freddy, Dear Ms. Novak): it runs only on texts that hold one.
const GREETING = new Set(['Hi', 'Hello', 'Hey', 'Dear', 'Thanks', 'Thank', 'Goodbye', 'Bye']);
// In a caseless text, words that announce a name (a title, "call me", "name:", "said"), besides the lexicon's names.
const CASELESS_CUE = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'miss',
  'prof',
  'name',
  'call',
  'calls',
  'called',
  'says',
  'said',
  'dear',
  'hi',
  'hello',
  'hey',
  'thanks',
]);

/** A line of text with its tokens; `lineStart` is its offset in the whole text. */
export interface TokenLine {
  lineStart: number;
  line: string;
  tokens: Token[];
  /** The text has no capital letter at all: lower case is no evidence, and names may be lower case. */
  caseless: boolean;
}

/** What one pass over a text found: the lines worth tagging and whether a greeting occurs. */
export interface EnTextScan {
  lines: TokenLine[];
  /** A capitalised greeting word (Hi, Dear, Thanks…) occurs: the addressed-name rule is worth running. */
  greeting: boolean;
}

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0;
// Sentence punctuation after which a capital is no evidence: . ! ? : ; " “ >
const isSentenceMark = (c: number): boolean =>
  c === 0x2e || c === 0x21 || c === 0x3f || c === 0x3a || c === 0x3b || c === 0x22 || c === 0x201c || c === 0x3e;

function allCapitals(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0xdf && c <= 0x24f && word[i] !== word[i]!.toUpperCase())) return false;
  }
  return true;
}

/**
 * Does the capitalised word at `at` make its line worth tagging? It must not be a common word, and either stand
 * inside a sentence or be a known name (sentence-initial capitals alone are no evidence) or, at a sentence start,
 * be followed by a verb that people do.
 */
function promisingWord(text: string, at: number, word: string, lineStart: number, lexicon: EnNameLexicon): boolean {
  const w = word.toLowerCase();
  if (lexicon.common.has(w)) return false;
  // An all-capitals word (WARN, PUT, SF) counts only as a known family name (ZHANG San).
  if (allCapitals(word)) return word.length > 1 && lexicon.family.has(w);
  if (lexicon.given.has(w) || lexicon.family.has(w)) return true;
  let p = at - 1;
  while (p >= lineStart && isSpace(text.charCodeAt(p))) p--;
  let initial = p < lineStart;
  if (!initial && isSentenceMark(text.charCodeAt(p))) {
    initial = !(text.charCodeAt(p) === 0x2e && INITIAL_BEFORE.test(text.slice(Math.max(lineStart, p - 6), p)));
  }
  if (!initial) return true;
  // A sentence-initial word followed by a verb that people do (Mehrudin shouted, Velindor said; not "is", "was" or
  // "has", which things do too: Python was…) is worth a look by the model even when the lexicon does not know it.
  PERSON_VERB.lastIndex = at + word.length;
  return PERSON_VERB.test(text);
}

/** Whether a line of a caseless text holds a known name or a word that announces one: only then is it worth tagging. */
function promisingCaselessLine(line: string, lexicon: EnNameLexicon): boolean {
  LOWER_WORD.lastIndex = 0;
  for (let m = LOWER_WORD.exec(line); m !== null; m = LOWER_WORD.exec(line)) {
    const w = m[0];
    if (w.length < 2) continue;
    if (CASELESS_CUE.has(w) || (!lexicon.common.has(w) && (lexicon.given.has(w) || lexicon.family.has(w)))) return true;
  }
  return false;
}

function lineAt(text: string, lineStart: number, lexicon: EnNameLexicon | undefined, caseless: boolean): TokenLine | undefined {
  let lineEnd = text.indexOf('\n', lineStart);
  if (lineEnd < 0) lineEnd = text.length;
  const line = text.slice(lineStart, lineEnd);
  if (lexicon && !promisingCaselessLine(line, lexicon)) return undefined;
  return { lineStart, line, tokens: tokenize(line), caseless };
}

/**
 * One pass over the text: the lines worth tagging, tokenised once. Only the capitalised words are looked at
 * (a regular-expression scan, no per-line slicing), and a line is cut and tokenised once one of its words
 * makes it promising. A text without any capital letter is caseless: its lines are worth tagging when they
 * hold a known name or a title.
 */
export function scanEnText(text: string, lexicon: EnNameLexicon): EnTextScan {
  const lines: TokenLine[] = [];
  let greeting = false;
  let anyCapital = false;
  let lineStart = 0;
  let lineEnd = -1;
  CAPITAL_WORD.lastIndex = 0;
  for (let m = CAPITAL_WORD.exec(text); m !== null; m = CAPITAL_WORD.exec(text)) {
    anyCapital = true;
    const at = m.index;
    const word = m[0];
    if (!greeting && GREETING.has(word)) greeting = true;
    if (at > lineEnd) {
      lineStart = text.lastIndexOf('\n', at - 1) + 1;
      lineEnd = text.indexOf('\n', at);
      if (lineEnd < 0) lineEnd = text.length;
    }
    if (!promisingWord(text, at, word, lineStart, lexicon)) continue;
    lines.push(lineAt(text, lineStart, undefined, false)!);
    // The rest of the line needs no look, except for greetings (rare, so a plain search).
    if (!greeting) {
      const rest = text.slice(at, lineEnd);
      for (const g of GREETING) if (rest.includes(g)) greeting = true;
    }
    CAPITAL_WORD.lastIndex = lineEnd;
  }
  if (!anyCapital) {
    for (let start = 0; start <= text.length; ) {
      const l = lineAt(text, start, lexicon, true);
      if (l) lines.push(l);
      const next = text.indexOf('\n', start);
      if (next < 0) break;
      start = next + 1;
    }
  }
  return { lines, greeting };
}

/** The lines worth tagging (see `scanEnText`). */
export function candidateLines(text: string, lexicon: EnNameLexicon): TokenLine[] {
  return scanEnText(text, lexicon).lines;
}

const scratch = new DecodeScratch();

/** Character spans of the names the token model tags in the given lines. */
export function tagEnLines(
  lines: readonly TokenLine[],
  use: { model: LinearChainModel; lexicon: EnNameLexicon },
  bias?: ArrayLike<number>,
): TagSpan[] {
  const out: TagSpan[] = [];
  for (const { lineStart, tokens } of lines) {
    for (let from = 0; from < tokens.length; from += MAX_TOKENS) {
      const piece = from === 0 && tokens.length <= MAX_TOKENS ? tokens : tokens.slice(from, from + MAX_TOKENS);
      const path = decode(use.model, enTokenFeatures(piece, use.lexicon, use.model.bits), bias, scratch);
      for (const s of spansOfTags(use.model.tags, path))
        out.push({ start: lineStart + piece[s.start]!.start, end: lineStart + piece[s.end - 1]!.end });
    }
  }
  return out;
}
