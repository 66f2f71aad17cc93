import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildZip } from '../../test/build-zip.js';
import { readBytes } from '../../test/read-bytes.js';
import { xlsx } from './xlsx.js';

async function workbook(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('xlsx reader', () => {
  it('streams cells with sheet, column header and row, one record per row', async () => {
    const bytes = await workbook((wb) => {
      const s = wb.addWorksheet('客户');
      s.addRow(['姓名', '手机号', '邮箱', '金额']);
      s.addRow(['张三', '13800138000', 'zhang@example.com', 12.5]);
      s.addRow(['李四', 13912345678, null, 99]);
      const t = wb.addWorksheet('raw');
      t.addRow(['王五', 110105194912310020]);
    });
    const { fragments, issues } = await readBytes(xlsx, 'c.xlsx', bytes);
    expect(issues).toEqual([]);
    const phone = fragments.find((f) => f.text === '13800138000');
    expect(phone).toMatchObject({ context: '手机号', cell: { sheet: '客户', column: '手机号', row: 2 } });
    expect(fragments.find((f) => f.text === '13912345678')).toMatchObject({ cell: { row: 3 } });
    expect(fragments.find((f) => f.cell?.column === '邮箱')?.text).toBe('zhang@example.com');
    const zhang = fragments.filter((f) => f.record === phone?.record).map((f) => f.text);
    // The amount 12.5 is too short a number to be an identifier: no fragment.
    expect(zhang).toEqual(['张三', '13800138000', 'zhang@example.com']);
    const raw = fragments.filter((f) => f.cell?.sheet === 'raw');
    expect(raw.map((f) => [f.cell?.column, f.text])).toEqual([
      ['A', '王五'],
      ['B', '110105194912310020'],
    ]);
    expect(raw[0]?.context).toBeUndefined();
  });

  it('reports a truncated and an encrypted workbook', async () => {
    const bytes = await workbook((wb) => {
      wb.addWorksheet('s').addRows(Array.from({ length: 2000 }, (_, i) => [`name${i}`, `1380013${String(i).padStart(4, '0')}`]));
    });
    const cut = await readBytes(xlsx, 'cut.xlsx', bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    expect(cut.issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
    const garbage = await readBytes(xlsx, 'g.xlsx', Buffer.from('this is not a workbook'));
    expect(garbage.issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]);
    const enc = await readBytes(xlsx, 'e.xlsx', ole);
    expect(enc.issues.map((i) => i.code)).toEqual(['E_ENCRYPTED']);
  });

  it('refuses a workbook whose parts expand past the ratio limit before exceljs inflates them', async () => {
    const sheet = `<worksheet><sheetData>${'<row/>'.repeat(2_000_000)}</sheetData></worksheet>`;
    const bomb = buildZip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/worksheets/sheet1.xml', data: sheet },
    ]);
    const { fragments, issues } = await readBytes(xlsx, 'bomb.xlsx', bomb, { archiveLimits: { ratioFloorBytes: 1 << 20, maxRatio: 100 } });
    expect(fragments).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['E_ARCHIVE_LIMIT']);
  });
});
