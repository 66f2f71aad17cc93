import { Parser } from 'htmlparser2';
import { decodedText } from './decoded-text.js';
import type { FormatReader } from './format-reader.js';
import { declaredCharset } from './markup/declared-charset.js';
import { worthwhileAttribute } from './markup/worthwhile-attributes.js';
import { chunkText, DEFAULT_CHUNK_CHARS } from './text-chunker.js';

const HIDDEN = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'object', 'iframe']);
/** Elements that end a record: findings in one table row or list item belong together. */
const RECORD = new Set(['tr', 'li', 'p', 'dl', 'article', 'section', 'table', 'ul', 'ol', 'form', 'blockquote', 'pre']);
const BLOCK = new Set([
  'br',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dt',
  'dd',
  'header',
  'footer',
  'nav',
  'main',
  'aside',
  'title',
  'caption',
  'figcaption',
  'address',
  'hr',
  'option',
  'label',
  'fieldset',
  'legend',
]);
const CELL = new Set(['td', 'th']);

/**
 * HTML: the visible text (no scripts, styles or templates) with line breaks at blocks and blank lines
 * between records (rows, items, paragraphs), plus readable attributes (alt, title, value, link query
 * strings, `mailto:`/`tel:` targets). Offsets and lines count in that extracted text.
 */
export const html: FormatReader = {
  id: 'html',
  matches: ({ name, head }) =>
    /\.(html?|xhtml|shtml|asp|aspx|jsp|php)$/i.test(name) ||
    (!/\.\w+$/.test(name) && /^\s*(<!doctype html|<html)/i.test(new TextDecoder().decode(head.subarray(0, 256)))),
  async *read(input, ctx) {
    let out = '';
    let hidden = 0;
    const append = (s: string): void => {
      if (hidden === 0) out += s;
    };
    const parser = new Parser(
      {
        onopentag(name, attrs) {
          if (HIDDEN.has(name)) hidden++;
          if (BLOCK.has(name)) append('\n');
          for (const [k, v] of Object.entries(attrs)) {
            const text = worthwhileAttribute(k, v);
            if (text !== undefined) append(` ${text} `);
          }
        },
        ontext(text) {
          append(text);
        },
        onclosetag(name, isImplied) {
          // A void element (<br>, <hr>) already broke the line when it opened.
          if (isImplied && (name === 'br' || name === 'hr')) return;
          if (HIDDEN.has(name)) hidden = Math.max(0, hidden - 1);
          else if (RECORD.has(name)) append('\n\n');
          else if (BLOCK.has(name)) append('\n');
          else if (CELL.has(name)) append('\t');
        },
      },
      { decodeEntities: true, lowerCaseTags: true },
    );
    async function* visible(): AsyncIterable<string> {
      for await (const piece of decodedText(input, ctx, declaredCharset(input.head))) {
        parser.write(piece);
        if (out.length > 0) {
          yield collapse(out);
          out = '';
        }
      }
      parser.end();
      if (out.length > 0) yield collapse(out);
    }
    yield* chunkText(visible(), { source: input.source, chunkChars: ctx.chunkChars ?? DEFAULT_CHUNK_CHARS });
  },
};

/** Layout whitespace (indentation, runs of blank lines) is noise; keep one blank line as a record break. */
function collapse(s: string): string {
  return s.replace(/[ \t\r\f]*\n[ \t\r\f\n]*\n[ \t\r\f]*/g, '\n\n').replace(/[ \f\r]{2,}/g, ' ');
}
