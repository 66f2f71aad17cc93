import type { FormatReader } from './format-reader.js';
import { openPackage, reportOpenError } from './ooxml/open-package.js';
import { type XmlTextLayout, xmlText } from './ooxml/xml-text.js';

const DRAWING: XmlTextLayout = {
  text: new Set(['a:t']),
  chars: new Map([['a:br', '\n']]),
  lines: new Set(['a:p']),
  cells: new Set(['a:tc']),
  records: new Set(['a:tr', 'p:sp', 'a:tbl']),
};

/**
 * PowerPoint decks (.pptx, .ppsx, .potx): the text of each slide (shapes and tables) as one fragment
 * located by its slide number as `page`, then the speaker notes, located the same way.
 */
export const pptx: FormatReader = {
  id: 'pptx',
  matches: ({ name }) => /\.(pptx|pptm|ppsx|potx)$/i.test(name),
  async *read(input, ctx) {
    const pkg = await openPackage(input, ctx);
    if (!pkg) return;
    const slides = pkg.names(/^ppt\/slides\/slide\d+\.xml$/);
    if (slides.length === 0) {
      ctx.issue({ source: input.source, code: 'E_CORRUPT', message: 'no slides: not a PowerPoint deck', severity: 'error' });
      return;
    }
    for (const [kind, pattern] of [
      ['slide', /^ppt\/slides\/slide(\d+)\.xml$/],
      ['notes', /^ppt\/notesSlides\/notesSlide(\d+)\.xml$/],
    ] as const) {
      for (const name of pkg.names(pattern)) {
        let text: string;
        try {
          text = xmlText(pkg.text(name) ?? '', DRAWING).trim();
        } catch (e) {
          reportOpenError(input, ctx, e);
          continue;
        }
        if (text.length === 0) continue;
        const page = Number(pattern.exec(name)?.[1]);
        yield {
          source: input.source,
          text,
          cell: kind === 'slide' ? { page } : { page, keyPath: 'notes' },
        };
      }
    }
  },
};
