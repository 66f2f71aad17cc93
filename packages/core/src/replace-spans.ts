/** One stretch `[start, end)` of a text and what goes there instead. */
export interface TextReplacement {
  start: number;
  end: number;
  replacement: string;
}

/**
 * The text with each stretch replaced. Stretches are taken in text order; one that overlaps an earlier one is
 * skipped, because two findings on one value (a card number that also looks like an account) must change it once.
 */
export function replaceSpans(text: string, spans: readonly TextReplacement[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  let out = '';
  let last = 0;
  for (const s of sorted) {
    if (s.start < last) continue;
    out += text.slice(last, s.start) + s.replacement;
    last = s.end;
  }
  return out + text.slice(last);
}
