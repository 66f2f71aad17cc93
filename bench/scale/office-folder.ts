import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildZip } from '../../packages/scan/src/evidence/zip-writer.js';
import { Prng } from '../corpus/prng.js';
import { PEOPLE_HEADER, personCells } from './people-csv.js';

const xml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
function docx(paragraphs: string[]): Buffer {
  const enc = (s: string) => Buffer.from(s, 'utf8');
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${xml(p)}</w:t></w:r></w:p>`).join('');
  return buildZip([
    {
      path: '[Content_Types].xml',
      bytes: enc(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      path: '_rels/.rels',
      bytes: enc(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    {
      path: 'word/document.xml',
      bytes: enc(
        `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
      ),
    },
  ]);
}

/** A folder of generated .docx files, .zip archives (csv + txt members) and .txt.gz files, in turn. */
export function writeOfficeFolder(dir: string, files: number): void {
  if (existsSync(join(dir, 'done'))) return;
  mkdirSync(dir, { recursive: true });
  const r = new Prng(7);
  for (let f = 0; f < files; f++) {
    const rows = Array.from({ length: 200 }, (_, i) => personCells(r, f * 200 + i));
    const text = rows.map((x) => `客户 ${x[1]} 身份证号 ${x[2]} 手机 ${x[3]} 邮箱 ${x[4]}`);
    const name = `doc${String(f).padStart(5, '0')}`;
    if (f % 3 === 0) writeFileSync(join(dir, `${name}.docx`), docx(text));
    else if (f % 3 === 1) {
      const csv = `${PEOPLE_HEADER.join(',')}\n${rows.map((x) => x.join(',')).join('\n')}\n`;
      writeFileSync(
        join(dir, `${name}.zip`),
        buildZip([
          { path: 'export/customers.csv', bytes: Buffer.from(csv) },
          { path: 'notes.txt', bytes: Buffer.from(text.slice(0, 50).join('\n')) },
        ]),
      );
    } else writeFileSync(join(dir, `${name}.txt.gz`), gzipSync(Buffer.from(text.join('\n\n'))));
  }
  writeFileSync(join(dir, 'done'), '');
}
