import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { collectBytes } from './collect-bytes.js';
import type { FormatReader } from './format-reader.js';
import { chunkText, DEFAULT_CHUNK_CHARS } from './text-chunker.js';

/** PDFs are parsed in memory (pdf.js needs random access); past this they are reported, not read. */
const MAX_PDF_BYTES = 512 * 1024 * 1024;

const pdfjsRoot = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
const PDFJS_OPTIONS = {
  cMapUrl: `${join(pdfjsRoot, 'cmaps')}/`,
  cMapPacked: true,
  standardFontDataUrl: `${join(pdfjsRoot, 'standard_fonts')}/`,
  isEvalSupported: false,
  useSystemFonts: false,
  disableFontFace: true,
  verbosity: 0,
};

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/**
 * PDF text layers, page by page, with pdf.js (legacy build, CJK CMaps): each page is a fragment located
 * by its page number (long pages are cut with overlap). Password-protected files give `E_ENCRYPTED`,
 * damaged ones `E_CORRUPT`, and a file without any text layer (a scan) an `E_UNSUPPORTED` note.
 */
export const pdf: FormatReader = {
  id: 'pdf',
  matches: ({ name, head }) => /\.pdf$/i.test(name) || (head[0] === 0x25 && head[1] === 0x50 && head[2] === 0x44 && head[3] === 0x46),
  async *read(input, ctx) {
    const source = input.source;
    const bytes = await collectBytes(input, ctx, MAX_PDF_BYTES);
    if (!bytes) return;
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = getDocument({ ...PDFJS_OPTIONS, data: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length) });
    let doc: Awaited<typeof task.promise>;
    try {
      doc = await task.promise;
    } catch (e) {
      const name = (e as { name?: string }).name;
      const encrypted = name === 'PasswordException';
      ctx.issue({
        source,
        code: encrypted ? 'E_ENCRYPTED' : 'E_CORRUPT',
        message: encrypted ? 'password-protected PDF; not read' : `not a readable PDF: ${(e as Error).message}`,
        severity: 'error',
      });
      await task.destroy();
      return;
    }
    let withText = 0;
    try {
      for (let p = 1; p <= doc.numPages; p++) {
        if (ctx.signal?.aborted) return;
        let text = '';
        try {
          const page = await doc.getPage(p);
          const content = await page.getTextContent();
          for (const item of content.items as TextItemLike[]) {
            if (item.str) text += item.str;
            if (item.hasEOL) text += '\n';
          }
          page.cleanup();
        } catch (e) {
          ctx.issue({ source, code: 'E_CORRUPT', message: `page ${p} is damaged: ${(e as Error).message}`, severity: 'error' });
          continue;
        }
        if (text.trim().length === 0) continue;
        withText++;
        for await (const f of chunkText(one(text), { source, chunkChars: ctx.chunkChars ?? DEFAULT_CHUNK_CHARS })) {
          yield { ...f, cell: { page: p } };
        }
      }
      if (withText === 0 && doc.numPages > 0) {
        ctx.issue({
          source,
          code: 'E_UNSUPPORTED',
          message: `no text layer on any of ${doc.numPages} pages (scanned?); OCR is not supported`,
          severity: 'note',
        });
      }
    } finally {
      await doc.destroy();
    }
  },
};

async function* one(text: string): AsyncIterable<string> {
  yield text;
}
