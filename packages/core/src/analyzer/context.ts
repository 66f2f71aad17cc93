import type { ContextDef } from '../recognizer.js';

/** Context words found around a span: the positive ones raise a score, the negative ones lower it. */
export interface ContextHits {
  positive: string[];
  negative: string[];
}

/** Lower-cased words, so that English keywords match in any case; Chinese is unaffected. */
export function compileContext(def: ContextDef): { words: string[]; negative: string[] } {
  return { words: def.words.map((w) => w.toLowerCase()), negative: (def.negative ?? []).map((w) => w.toLowerCase()) };
}

/** Finds the context words in the window around [start, end) of `text`, plus any extra context (a column name). */
export function findContext(
  text: string,
  start: number,
  end: number,
  compiled: { words: string[]; negative: string[] },
  def: ContextDef,
  extra: string,
): ContextHits {
  const before = def.before ?? 30;
  const after = def.after ?? 15;
  const window = (
    text.slice(Math.max(0, start - before), start) +
    '\u0000' +
    text.slice(end, end + after) +
    '\u0000' +
    extra
  ).toLowerCase();
  const positive: string[] = [];
  const negative: string[] = [];
  for (const w of compiled.words) if (window.includes(w)) positive.push(w);
  for (const w of compiled.negative) if (window.includes(w)) negative.push(w);
  return { positive, negative };
}
