/**
 * The words of `words` that occur near [start, end) of `text` (case-insensitive), for validators whose verdict
 * depends on context in a way the analyzer's single boost cannot express (a Luhn failure that only context excuses).
 */
export function nearbyWords(text: string, start: number, end: number, words: readonly string[], before = 30, after = 15): string[] {
  const window = `${text.slice(Math.max(0, start - before), start)}\u0000${text.slice(end, end + after)}`.toLowerCase();
  return words.filter((w) => window.includes(w.toLowerCase()));
}
