import { gzipSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../test/build-pdf.js';
import { buildTar } from '../../test/build-tar.js';
import { buildZip } from '../../test/build-zip.js';
import { readBytes } from '../../test/read-bytes.js';
import type { FormatReader } from './format-reader.js';
import { formatReaders } from './index.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A small valid input per reader, each holding the phone number 13800138000. */
async function samples(): Promise<Record<string, [string, Uint8Array]>> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('s').addRows([
    ['name', 'phone'],
    ['Wang', '13800138000'],
  ]);
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);
  return {
    csv: ['a.csv', text('name,phone\nWang,13800138000\n')],
    docx: [
      'a.docx',
      buildZip([
        { name: 'word/document.xml', data: `<w:document ${W}><w:body><w:p><w:r><w:t>13800138000</w:t></w:r></w:p></w:body></w:document>` },
      ]),
    ],
    eml: ['a.eml', text('From: a@example.com\nSubject: x\nContent-Type: text/plain\n\nphone 13800138000\n')],
    gz: ['a.txt.gz', gzipSync('phone 13800138000\n')],
    html: ['a.html', text('<html><body><p>phone 13800138000</p></body></html>')],
    json: ['a.json', text('{"people":[{"phone":"13800138000"}]}')],
    mbox: ['a.mbox', text('From a@example.com Mon Jan  1 00:00:00 2024\nFrom: a@example.com\n\nphone 13800138000\n')],
    pdf: ['a.pdf', buildPdf([{ lines: ['phone 13800138000'] }])],
    pptx: [
      'a.pptx',
      buildZip([
        { name: 'ppt/slides/slide1.xml', data: '<p:sld xmlns:a="a" xmlns:p="p"><a:p><a:r><a:t>13800138000</a:t></a:r></a:p></p:sld>' },
      ]),
    ],
    tar: ['a.tar', buildTar([{ name: 'x.txt', data: 'phone 13800138000' }])],
    xlsx: ['a.xlsx', Buffer.from(await wb.xlsx.writeBuffer())],
    xml: ['a.xml', text('<r><phone>13800138000</phone></r>')],
    zip: ['a.zip', buildZip([{ name: 'x.txt', data: 'phone 13800138000' }])],
  };
}

const readers = formatReaders.filter((r) => r.id !== 'text');

describe('every format reader', async () => {
  const inputs = await samples();

  it('has a sample here, so that a new reader gets these checks too', () => {
    expect(readers.map((r) => r.id).sort()).toEqual(Object.keys(inputs).sort());
  });

  for (const reader of readers) {
    const [name, bytes] = inputs[reader.id] ?? ['', new Uint8Array()];

    describe(reader.id, () => {
      it('matches its sample and finds the value in it', async () => {
        expect(reader.matches({ name, head: bytes.subarray(0, 8192) })).toBe(true);
        const { fragments, issues } = await readBytes(reader, name, bytes, { readers: formatReaders });
        expect(issues).toEqual([]);
        expect(fragments.some((f) => f.text.includes('13800138000'))).toBe(true);
      });

      it('never throws on empty, truncated or garbled input, and reports with well-formed issues', async () => {
        const variants: Uint8Array[] = [new Uint8Array(0), Uint8Array.from({ length: 300 }, (_, i) => (i * 131 + 7) & 0xff)];
        for (const cut of [0.1, 0.5, 0.9]) variants.push(bytes.subarray(0, Math.floor(bytes.length * cut)));
        const flipped = Uint8Array.from(bytes);
        for (let i = 40; i < flipped.length; i += 97) flipped[i] = (flipped[i] ?? 0) ^ 0x5a;
        variants.push(flipped);
        for (const v of variants) {
          const { issues } = await readBytes(reader as FormatReader, name, v, { readers: formatReaders });
          for (const i of issues) {
            expect(i.source.startsWith(name)).toBe(true);
            expect(i.message.length).toBeGreaterThan(0);
            expect(['error', 'note']).toContain(i.severity);
          }
        }
      });
    });
  }
});
