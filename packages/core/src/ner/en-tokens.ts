/** A token of English (or mixed) text with its [start, end) offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Words (Latin letters with accents, inner apostrophes and hyphens), an initial or title with its period
// (D., Dr.), numbers, a run of CJK characters as one token, or any other single character.
const TOKEN = /[A-Za-z\u00C0-\u024F](?:[A-Za-z\u00C0-\u024F'’-]*[A-Za-z\u00C0-\u024F])?|\d+|[\u3400-\u9fff\uf900-\ufaff]+|[^\s]/g;
const ABBREV = /^(?:[A-Z]|Mr|Mrs|Ms|Dr|Prof|Jr|Sr|St|Mx|Rev|Hon|Gen|Col|Capt|Lt|Sgt|mr|mrs|ms|dr|prof)$/;
// A lower-case initial keeps its period only before a lower-case word (hyuuma t. maida): text written without
// capitals; "a." and "i." are words, and elsewhere a period ends a sentence.
const LOWER_INITIAL_NEXT = /^ [a-z\u00DF-\u024F]/;

/**
 * Splits text into tokens; an initial or a title keeps its period so that "D." reads as one token, and a
 * possessive 's is a token of its own, so that "Anna's" is the name "Anna" followed by "'s".
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const w = m[0];
    let end = m.index + w.length;
    if (text.charCodeAt(end) === 0x2e /* . */ && ABBREV.test(w)) {
      end++;
      TOKEN.lastIndex = end;
    } else if (
      w.length === 1 &&
      text.charCodeAt(end) === 0x2e &&
      w >= 'b' &&
      w <= 'z' &&
      w !== 'i' &&
      LOWER_INITIAL_NEXT.test(text.slice(end + 1, end + 3))
    ) {
      end++;
      TOKEN.lastIndex = end;
    } else if (w.length > 3 && (w.endsWith("'s") || w.endsWith('’s'))) {
      out.push({ text: w.slice(0, -2), start: m.index, end: end - 2 });
      out.push({ text: w.slice(-2), start: end - 2, end });
      continue;
    }
    out.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return out;
}
