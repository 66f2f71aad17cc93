import type { ContextDef } from '../recognizer.js';
import type { LowerText } from './lower-text.js';

/** Context words found around a span: the positive ones raise a score, the negative ones lower it. */
export interface ContextHits {
  positive: string[];
  negative: string[];
}

/** A recogniser's context, compiled once: lower-cased words and one alternation per list to test a window cheaply. */
export interface CompiledContext {
  words: string[];
  negative: string[];
  anyWord: RegExp | undefined;
  anyNegative: RegExp | undefined;
  before: number;
  after: number;
  required: boolean;
}

const escape = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternation = (words: readonly string[]): RegExp | undefined => (words.length ? new RegExp(words.map(escape).join('|')) : undefined);

/** Lower-cased words, so that English keywords match in any case; Chinese is unaffected. */
export function compileContext(def: ContextDef): CompiledContext {
  const words = def.words.map((w) => w.toLowerCase());
  const negative = (def.negative ?? []).map((w) => w.toLowerCase());
  return {
    words,
    negative,
    anyWord: alternation(words),
    anyNegative: alternation(negative),
    before: def.before ?? 30,
    after: def.after ?? 15,
    required: def.required ?? false,
  };
}

// Words are listed in declaration order, as the explanation shows them; the alternation only decides
// whether listing is needed at all, which it seldom is.
function listed(words: readonly string[], any: RegExp | undefined, parts: readonly string[]): string[] {
  if (!any || !parts.some((p) => any.test(p))) return [];
  return words.filter((w) => parts.some((p) => p.includes(w)));
}

/**
 * Finds the context words in the window around [start, end) of the text (before and after the span, never
 * across it), plus any extra context (a column name), already lower-cased.
 */
export function findContext(lower: LowerText, start: number, end: number, c: CompiledContext, extra: string): ContextHits {
  const parts = [lower.slice(start - c.before, start), lower.slice(end, end + c.after), extra];
  return { positive: listed(c.words, c.anyWord, parts), negative: listed(c.negative, c.anyNegative, parts) };
}

/** False when no candidate in [start, end) can have a positive context word: a required-context recogniser can skip the range. */
export function mayHaveContext(lower: LowerText, start: number, end: number, c: CompiledContext, extra: string): boolean {
  if (!c.anyWord) return false;
  return c.anyWord.test(lower.slice(start - c.before, end + c.after)) || c.anyWord.test(extra);
}
