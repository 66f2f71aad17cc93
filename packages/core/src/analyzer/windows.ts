/** A slice of the text in which prefilters are tested once and patterns run. */
export interface TextWindow {
  start: number;
  end: number;
}

/** Where a window ends, where the next one starts (they overlap after a hard cut), and whether it is the last. */
export interface WindowStep {
  end: number;
  next: number;
  last: boolean;
}

/** A window's usual length: it ends at the first newline past this many characters. */
export const WINDOW_TARGET = 4096;
/** How far past WINDOW_TARGET a newline is looked for before the window is cut hard. */
export const WINDOW_SEARCH = 2048;
// Identifiers never span a newline, so a cut at a newline loses nothing; a hard cut inside a huge line
// overlaps its neighbour by this much so that a value across the cut is still seen whole.
export const HARD_CUT_OVERLAP = 96;

/**
 * The window of `text` that starts at `start`. The last window takes whatever remains, so in a text still
 * arriving (`final` false) a rest too short to be more than one window gives undefined: more text is needed to
 * tell. Exported so that a stream cut into fragments can cut at the boundaries the whole text would have.
 */
export function windowAt(text: string, start: number, final = true): WindowStep | undefined {
  if (text.length - start <= WINDOW_TARGET + WINDOW_SEARCH) return final ? { end: text.length, next: text.length, last: true } : undefined;
  const nl = text.indexOf('\n', start + WINDOW_TARGET);
  if (nl !== -1 && nl < start + WINDOW_TARGET + WINDOW_SEARCH) return { end: nl + 1, next: nl + 1, last: false };
  return { end: start + WINDOW_TARGET + HARD_CUT_OVERLAP, next: start + WINDOW_TARGET, last: false };
}

/** Splits a text into windows of about 4 KB, at newlines where there are any. */
export function splitWindows(text: string): TextWindow[] {
  if (text.length <= WINDOW_TARGET + WINDOW_SEARCH) return [{ start: 0, end: text.length }];
  const out: TextWindow[] = [];
  for (let start = 0; ; ) {
    const w = windowAt(text, start) as WindowStep;
    out.push({ start, end: w.end });
    if (w.last) return out;
    start = w.next;
  }
}
