import { describe, expect, it } from 'vitest';
import { buildPdf } from '../../test/build-pdf.js';
import { readBytes } from '../../test/read-bytes.js';
import { pdf } from './pdf.js';

describe('pdf reader', () => {
  it('reads the text layer page by page, Chinese included, with page locators', async () => {
    const bytes = buildPdf([{ lines: ['姓名 张三', '手机 13800138000'] }, { lines: [] }, { lines: ['Email li@example.com'] }]);
    const { fragments, issues } = await readBytes(pdf, 'a.pdf', bytes);
    expect(issues).toEqual([]);
    expect(fragments.map((f) => [f.cell?.page, f.text.trim()])).toEqual([
      [1, '姓名 张三\n手机 13800138000'],
      [3, 'Email li@example.com'],
    ]);
  });

  it('reports a corrupt file and a file without a text layer', async () => {
    const bad = await readBytes(pdf, 'bad.pdf', Buffer.from('%PDF-1.7\nthis is not a pdf body\n'));
    expect(bad.issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
    const scan = await readBytes(pdf, 'scan.pdf', buildPdf([{ lines: [] }]));
    expect(scan.issues.map((i) => [i.code, i.severity])).toEqual([['E_UNSUPPORTED', 'note']]);
  });

  it('reports a password-protected file as encrypted', async () => {
    const { fragments, issues } = await readBytes(
      pdf,
      'locked.pdf',
      buildPdf([{ lines: ['phone 13800138000'] }], { passwordProtected: true }),
    );
    expect(fragments).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['E_ENCRYPTED']);
  });

  it('reports a truncated file', async () => {
    const bytes = buildPdf([{ lines: ['phone 13800138000'] }]);
    const { issues } = await readBytes(pdf, 't.pdf', bytes.subarray(0, 200));
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.code).toBe('E_CORRUPT');
  });
});
