import type { FormatReader } from './format-reader.js';
import { openPackage, reportOpenError } from './ooxml/open-package.js';
import { type XmlTextLayout, xmlText } from './ooxml/xml-text.js';
import { chunkText, DEFAULT_CHUNK_CHARS } from './text-chunker.js';

const WORD: XmlTextLayout = {
  text: new Set(['w:t', 'w:delText', 'w:instrText']),
  chars: new Map([
    ['w:tab', '\t'],
    ['w:br', '\n'],
    ['w:cr', '\n'],
  ]),
  lines: new Set(['w:p']),
  cells: new Set(['w:tc']),
  records: new Set(['w:tr', 'w:tbl']),
};

/** Body first, then what readers overlook and PI hides in: headers, footers, notes, comments. */
const PARTS = [/^word\/document\.xml$/, /^word\/header\d*\.xml$/, /^word\/footer\d*\.xml$/, /^word\/(footnotes|endnotes|comments)\.xml$/];

/**
 * Word documents (.docx, .docm, .dotx): the text of the body, tables (cells tab-separated, one record per
 * row), headers, footers, notes and comments, including deleted tracked changes. Encrypted documents give
 * `E_ENCRYPTED`, damaged ones `E_CORRUPT`.
 */
export const docx: FormatReader = {
  id: 'docx',
  matches: ({ name }) => /\.(docx|docm|dotx|dotm)$/i.test(name),
  async *read(input, ctx) {
    const pkg = await openPackage(input, ctx);
    if (!pkg) return;
    if (!pkg.names(PARTS[0] as RegExp).length) {
      ctx.issue({ source: input.source, code: 'E_CORRUPT', message: 'no word/document.xml: not a Word document', severity: 'error' });
      return;
    }
    async function* texts(): AsyncIterable<string> {
      for (const pattern of PARTS) {
        for (const name of pkg?.names(pattern) ?? []) {
          try {
            const xml = pkg?.text(name);
            if (xml) yield `${xmlText(xml, WORD)}\n\n`;
          } catch (e) {
            reportOpenError(input, ctx, e);
          }
        }
      }
    }
    yield* chunkText(texts(), { source: input.source, chunkChars: ctx.chunkChars ?? DEFAULT_CHUNK_CHARS });
  },
};
