/** A labelled chunk [start, end) of a text rebuilt from token-per-line data. */
export interface TaggedChunk {
  label: string;
  start: number;
  end: number;
}

/** How a token-per-line file is laid out. */
export interface TaggedLinesFormat {
  /** The token and tag of a line (e.g. split on a tab, or on the last space). */
  split(line: string): [token: string, tag: string];
  /** Put between tokens when the text is rebuilt: '' for Chinese characters, ' ' for English words. */
  joiner: string;
}

/**
 * Parses CoNLL-style data (one token and a BIO or BMES tag a line, blank lines between texts) into texts
 * and chunks: B-/S- open a chunk, I-/M-/E- of the same label continue it, anything else closes it.
 */
export function readTaggedLines(raw: string, format: TaggedLinesFormat): Array<{ text: string; chunks: TaggedChunk[] }> {
  const out: Array<{ text: string; chunks: TaggedChunk[] }> = [];
  for (const block of raw.split(/\r?\n\s*\r?\n/)) {
    let text = '';
    const chunks: TaggedChunk[] = [];
    let open: TaggedChunk | undefined;
    const close = (): void => {
      if (open) chunks.push(open);
      open = undefined;
    };
    for (const line of block.split(/\r?\n/)) {
      if (!line.trim()) continue;
      const [token, tag] = format.split(line);
      if (text.length > 0) text += format.joiner;
      const start = text.length;
      text += token;
      const prefix = tag.slice(0, 2);
      const label = tag.length > 2 && tag[1] === '-' ? tag.slice(2) : '';
      if (!label) close();
      else if (prefix === 'B-' || prefix === 'S-' || !open || open.label !== label) {
        close();
        open = { label, start, end: text.length };
      } else open.end = text.length;
      if (prefix === 'S-' || prefix === 'E-') close();
    }
    close();
    if (text) out.push({ text, chunks });
  }
  return out;
}
