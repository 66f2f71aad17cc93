const MASK = '*';

/**
 * A preview that keeps about a quarter of a value at each end and hides the rest; short values keep
 * only their first character. Type-aware conventions (138****5678) live with their recognisers.
 */
export function defaultMask(value: string): string {
  const chars = Array.from(value);
  const n = chars.length;
  if (n <= 2) return chars[0] + MASK.repeat(Math.max(0, n - 1));
  if (n <= 5) return chars[0] + MASK.repeat(n - 1);
  const keep = Math.max(1, Math.floor(n / 4));
  const tail = Math.max(1, Math.min(4, Math.floor(n / 4)));
  return chars.slice(0, keep).join('') + MASK.repeat(n - keep - tail) + chars.slice(n - tail).join('');
}
