import { nearbyWords } from '../recognizers/generic/nearby-words.js';

/**
 * True when one of `words` stands near [start, end) of `text`, or in the caller's context (a column name or
 * key path, lower-cased): masked forms too thin to stand alone (a fixed-width ID mask, a card's last four) are
 * accepted only then.
 */
export function hasWordNear(text: string, start: number, end: number, words: readonly string[], context = ''): boolean {
  if (context !== '' && words.some((w) => context.includes(w.toLowerCase()))) return true;
  return nearbyWords(text, start, end, words).length > 0;
}
