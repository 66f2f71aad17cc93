/** A 1-based line and column; columns count UTF-16 code units, as JavaScript strings and SARIF do. */
export interface TextPosition {
  line: number;
  column: number;
}

/** The position reached after reading `text[from, to)` from `start`. */
export function advancePosition(text: string, from: number, to: number, start: TextPosition): TextPosition {
  let line = start.line;
  let lastNewline = -1;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    line++;
    lastNewline = i;
  }
  if (lastNewline === -1) return { line, column: start.column + (to - from) };
  return { line, column: to - lastNewline };
}
