import { Parser } from 'htmlparser2';

/** How an Office XML dialect lays out text: which elements hold it and which end lines, cells and records. */
export interface XmlTextLayout {
  /** Elements whose text content is document text (`w:t`, `a:t`). */
  text: ReadonlySet<string>;
  /** Empty elements that stand for a character (`w:tab` → tab, `w:br` → newline). */
  chars: ReadonlyMap<string, string>;
  /** Elements whose end is a line break (paragraphs); inside a table cell a space instead. */
  lines: ReadonlySet<string>;
  /** Elements whose end is a tab (table cells). */
  cells: ReadonlySet<string>;
  /** Elements whose end is a blank line, ending a record (table rows, tables). */
  records: ReadonlySet<string>;
}

/** The text of one Office XML part laid out as lines, tab-separated cells and blank-line-separated records. */
export function xmlText(xml: string, layout: XmlTextLayout): string {
  let out = '';
  let inText = 0;
  let inCell = 0;
  const parser = new Parser(
    {
      onopentag(name) {
        if (layout.text.has(name)) inText++;
        if (layout.cells.has(name)) inCell++;
        const c = layout.chars.get(name);
        if (c !== undefined) out += c;
      },
      ontext(t) {
        if (inText > 0) out += t;
      },
      onclosetag(name) {
        if (layout.text.has(name)) inText--;
        if (layout.cells.has(name)) {
          inCell--;
          out = `${out.trimEnd()}\t`;
        } else if (layout.records.has(name)) out = `${out.trimEnd()}\n\n`;
        else if (layout.lines.has(name)) out += inCell > 0 ? ' ' : '\n';
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.end(xml);
  return out;
}
