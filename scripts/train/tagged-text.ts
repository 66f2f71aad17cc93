/** A training or evaluation text with its person-name spans [start, end) in UTF-16 offsets. */
export interface TaggedText {
  text: string;
  names: Array<{ start: number; end: number }>;
}

/** Builds a TaggedText from pieces: strings are plain text, `{ name }` pieces are name spans. */
export function assemble(pieces: ReadonlyArray<string | { name: string }>): TaggedText {
  let text = '';
  const names: TaggedText['names'] = [];
  for (const p of pieces) {
    if (typeof p === 'string') text += p;
    else {
      names.push({ start: text.length, end: text.length + p.name.length });
      text += p.name;
    }
  }
  return { text, names };
}

/** BIES/O tag indices (O=0, B=1, I=2, E=3, S=4) of a text's name spans over `length` units. */
export function bioesOf(length: number, spans: ReadonlyArray<{ start: number; end: number }>): Uint8Array {
  const tags = new Uint8Array(length);
  for (const { start, end } of spans) {
    if (end - start === 1) tags[start] = 4;
    else {
      tags[start] = 1;
      for (let i = start + 1; i < end - 1; i++) tags[i] = 2;
      tags[end - 1] = 3;
    }
  }
  return tags;
}

export const BIOES = ['O', 'B', 'I', 'E', 'S'] as const;
