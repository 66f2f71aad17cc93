/** A slice of the text in which prefilters are tested once and patterns run. */
export interface TextWindow {
  start: number;
  end: number;
}

const TARGET = 4096;
const SEARCH = 2048;
// Identifiers never span a newline, so a cut at a newline loses nothing; a hard cut inside a huge line
// overlaps its neighbour by this much so that a value across the cut is still seen whole.
export const HARD_CUT_OVERLAP = 96;

/** Splits a text into windows of about 4 KB, at newlines where there are any. */
export function splitWindows(text: string): TextWindow[] {
  if (text.length <= TARGET + SEARCH) return [{ start: 0, end: text.length }];
  const out: TextWindow[] = [];
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= TARGET + SEARCH) {
      out.push({ start, end: text.length });
      break;
    }
    const nl = text.indexOf('\n', start + TARGET);
    if (nl !== -1 && nl < start + TARGET + SEARCH) {
      out.push({ start, end: nl + 1 });
      start = nl + 1;
    } else {
      const end = start + TARGET;
      out.push({ start, end: Math.min(text.length, end + HARD_CUT_OVERLAP) });
      start = end;
    }
  }
  return out;
}
