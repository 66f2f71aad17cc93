/** A page of a PDF built in a test: lines of ASCII text, or CJK lines written through a ToUnicode map. */
export interface PdfPage {
  lines: string[];
}

/**
 * Builds a minimal valid PDF in memory: one Type0 font (Identity-H, no embedded glyphs) whose ToUnicode
 * CMap maps each CID to the character with that code, so any BMP text, Chinese included, has a text layer.
 */
export function buildPdf(pages: readonly PdfPage[], options: { passwordProtected?: boolean } = {}): Buffer {
  const objects: string[] = [];
  const add = (body: string): number => {
    objects.push(body);
    return objects.length;
  };
  const catalog = add('');
  const pagesObj = add('');
  const toUnicode = buildToUnicode(pages);
  const cmap = add(`<< /Length ${Buffer.byteLength(toUnicode)} >>\nstream\n${toUnicode}\nendstream`);
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /PiguardTest /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /PiguardTest /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /PiguardTest /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${cmap} 0 R >>`,
  );
  const kids: number[] = [];
  for (const page of pages) {
    const ops = page.lines
      .map(
        (l, i) =>
          `BT /F1 12 Tf 50 ${780 - i * 20} Td <${[...l].map((c) => (c.codePointAt(0) ?? 32).toString(16).padStart(4, '0')).join('')}> Tj ET`,
      )
      .join('\n');
    const content = add(`<< /Length ${Buffer.byteLength(ops)} >>\nstream\n${ops}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out);
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  // A standard security handler whose U entry matches no password: readers must ask for one.
  const hex = (n: number, seed: number): string =>
    Array.from({ length: n }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  const encrypt = options.passwordProtected
    ? ` /Encrypt << /Filter /Standard /V 1 /R 2 /O <${hex(32, 11)}> /U <${hex(32, 5)}> /P -4 >> /ID [<${hex(16, 1)}> <${hex(16, 1)}>]`
    : '';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'utf8');
}

function buildToUnicode(pages: readonly PdfPage[]): string {
  const codes = new Set<number>();
  for (const p of pages) for (const l of p.lines) for (const c of l) codes.add(c.codePointAt(0) ?? 32);
  const entries = [...codes].sort((a, b) => a - b).map((c) => `<${c.toString(16).padStart(4, '0')}> <${c.toString(16).padStart(4, '0')}>`);
  const chunks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    chunks.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    ...chunks,
    'endcmap CMapName currentdict /CMap defineresource pop end end',
  ].join('\n');
}
