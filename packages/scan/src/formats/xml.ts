import { Parser } from 'htmlparser2';
import type { Fragment } from '../fragment.js';
import { decodedText } from './decoded-text.js';
import type { FormatReader } from './format-reader.js';
import { declaredCharset } from './markup/declared-charset.js';

/** Element paths deeper than this are shortened to keep contexts readable. */
const MAX_PATH_DEPTH = 32;

/**
 * XML data: each text node and each attribute value is a fragment whose key path (`/people/person/idNo`,
 * `/people/person/@phone`) is its locator and context; each child of the root element (a row) is one record.
 */
export const xml: FormatReader = {
  id: 'xml',
  matches: ({ name, head }) =>
    /\.(xml|plist|kml|gpx|rss|atom|xlf)$/i.test(name) ||
    (!/\.\w+$/.test(name) && /^\s*<\?xml/.test(new TextDecoder().decode(head.subarray(0, 64)))),
  async *read(input, ctx) {
    const source = input.source;
    const path: string[] = [];
    const rowCounts: number[] = [0];
    let record = `${source}#/`;
    let text = '';
    let textStart = 0;
    const out: Fragment[] = [];
    const keyPath = (): string => `/${path.slice(0, MAX_PATH_DEPTH).join('/')}`;
    const flushText = (): void => {
      const t = text.trim();
      if (t.length > 0) {
        const kp = keyPath();
        out.push({ source, text: t, offset: textStart, cell: { keyPath: kp }, context: kp, record });
      }
      text = '';
    };
    const parser = new Parser(
      {
        onopentag(name, attrs) {
          flushText();
          path.push(name);
          if (path.length === 2) {
            rowCounts[0] = (rowCounts[0] ?? 0) + 1;
            record = `${source}#/${path[0]}/${name}[${rowCounts[0]}]`;
          }
          for (const [k, v] of Object.entries(attrs)) {
            if (v.trim().length === 0 || k.startsWith('xmlns')) continue;
            const kp = `${keyPath()}/@${k}`;
            out.push({ source, text: v, offset: parser.startIndex, cell: { keyPath: kp }, context: kp, record });
          }
        },
        ontext(t) {
          if (text.length === 0) textStart = parser.startIndex;
          text += t;
        },
        onclosetag() {
          flushText();
          path.pop();
          if (path.length === 1) record = `${source}#/${path[0]}`;
        },
      },
      { xmlMode: true, decodeEntities: true },
    );
    for await (const piece of decodedText(input, ctx, declaredCharset(input.head))) {
      parser.write(piece);
      yield* out.splice(0);
    }
    parser.end();
    flushText();
    yield* out.splice(0);
  },
};
