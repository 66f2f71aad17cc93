/** A token of English (or mixed) text with its [start, end) offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words (Latin letters with accents, inner apostrophes and hyphens), an initial or title with its period
// (D., Dr.), numbers, a run of CJK characters as one token, or any other single character.
const TOKEN = /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F'’-]*[A-Za-z\u00C0-\u024F])?|\d+|[\u3400-\u9fff\uf900-\ufaff]+|[^\s]/g;
const ABBREV = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Jr|Sr|St|Mx|Rev|Hon|Gen|Col|Capt|Lt|Sgt)$/;

/** Splits text into tokens; an initial or a title keeps its period so that "D." reads as one token. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    if (text[end] === '.' && ABBREV.test(m[0])) {
      end++;
      TOKEN.lastIndex = end;
    }
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}
