/** Where the blank-line-separated blocks of a text lie, for grouping a text's findings into records. */
export interface Blocks {
  /** Start offset of each block, ascending. */
  starts: number[];
  end: number;
}

const SEPARATOR = /\n(?:[ \t\r\f\v]*\n)+/g;

/** The blocks of `text[from, to)`: paragraphs separated by one or more blank lines. */
export function findBlocks(text: string, from: number, to: number): Blocks {
  const starts = [from];
  const re = new RegExp(SEPARATOR.source, 'g');
  re.lastIndex = from;
  for (let m = re.exec(text); m !== null && m.index < to; m = re.exec(text)) {
    const next = m.index + m[0].length;
    if (next < to) starts.push(next);
  }
  return { starts, end: to };
}

/** Index of the block that holds `offset` (binary search). */
export function blockOf(blocks: Blocks, offset: number): number {
  let lo = 0;
  let hi = blocks.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((blocks.starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Lines holding anything but white space in `text[from, to)`. */
export function countNonEmptyLines(text: string, from: number, to: number): number {
  let n = 0;
  let lineHasText = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (lineHasText) n++;
      lineHasText = false;
    } else if (c !== 32 && c !== 9 && c !== 13) lineHasText = true;
  }
  return lineHasText ? n + 1 : n;
}
