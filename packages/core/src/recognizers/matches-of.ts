/**
 * The matches `text.matchAll(re)` gives, for a global regex, without the copy of the regex that matchAll makes on
 * every call (a `find` runs once per table cell: the copies were a large part of a short text's cost). The regex's
 * own lastIndex is used and left at 0; the caller must not run the same regex while reading the result (it is
 * collected first, so a loop over it may).
 */
export function matchesOf(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    // As matchAll: past an empty match by one code point (a surrogate pair under u or v), or one code unit.
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

function advance(text: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= text.length) return i + 1;
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return i + 1;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff ? i + 2 : i + 1;
}
