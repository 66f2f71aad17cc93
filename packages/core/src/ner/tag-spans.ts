/** A tagged span [start, end) in units of the tagged sequence (characters or tokens). */
export interface TagSpan {
  start: number;
  end: number;
}

/**
 * Spans of a BIES/O tag path (tags named 'O', 'B', 'I', 'E', 'S'). A span that is not closed properly
 * (B without E) still ends where its run of B/I ends, so a slightly malformed path loses no name.
 */
export function spansOfTags(tags: readonly string[], path: Uint8Array): TagSpan[] {
  const out: TagSpan[] = [];
  let open = -1;
  for (let i = 0; i < path.length; i++) {
    const t = tags[path[i]!];
    if (t === 'S') {
      if (open >= 0) out.push({ start: open, end: i });
      out.push({ start: i, end: i + 1 });
      open = -1;
    } else if (t === 'B') {
      if (open >= 0) out.push({ start: open, end: i });
      open = i;
    } else if (t === 'I') {
      if (open < 0) open = i;
    } else if (t === 'E') {
      out.push({ start: open >= 0 ? open : i, end: i + 1 });
      open = -1;
    } else if (open >= 0) {
      out.push({ start: open, end: i });
      open = -1;
    }
  }
  if (open >= 0) out.push({ start: open, end: path.length });
  return out;
}
