import { mod11_2CheckChar } from '@piguard/core';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../test/read-bytes.js';
import { csv } from './csv.js';

/** A synthetic resident ID with its GB 11643 check character computed here. */
function residentId(seq: number): string {
  const body = `11010519900307${String(seq).padStart(3, '0')}`;
  return body + mod11_2CheckChar(body);
}

describe('csv reader', () => {
  it('detects the header, gives each cell its column as context and each row one record', async () => {
    const id = residentId(123);
    const text = `姓名,身份证号,备注\n张三,${id},"住址：北京市\n朝阳区"\n李四,${residentId(456)},\n`;
    const { fragments, issues } = await readBytes(csv, 'people.csv', text, { pieceBytes: 7 });
    expect(issues).toEqual([]);
    const idCell = fragments.find((f) => f.text === id);
    expect(idCell).toMatchObject({ context: '身份证号', cell: { column: '身份证号', row: 2 }, line: 2 });
    expect(text.slice(idCell?.offset, (idCell?.offset ?? 0) + id.length)).toBe(id);
    const note = fragments.find((f) => f.cell?.column === '备注');
    expect(note?.text).toBe('住址：北京市\n朝阳区');
    expect(note?.record).toBe(idCell?.record);
    const li = fragments.find((f) => f.text === '李四');
    expect(li).toMatchObject({ line: 4, cell: { row: 3 } });
    expect(li?.record).not.toBe(idCell?.record);
    expect(fragments.map((f) => f.text)).not.toContain('');
  });

  it('sniffs tab, semicolon and pipe delimiters and unescapes doubled quotes', async () => {
    for (const d of ['\t', ';', '|']) {
      const text = ['name', 'phone', 'note'].join(d) + '\n' + ['Wang', '13800138000', '"say ""hi"""'].join(d) + '\n';
      const { fragments } = await readBytes(csv, 'x.csv', text);
      expect(fragments.map((f) => f.text)).toEqual(['Wang', '13800138000', 'say "hi"']);
      expect(fragments[1]?.context).toBe('phone');
    }
  });

  it('reads a headerless file with positional column names and no context', async () => {
    const { fragments } = await readBytes(csv, 'x.csv', `张三,${residentId(1)}\r\n李四,${residentId(2)}\r\n`);
    expect(fragments).toHaveLength(4);
    expect(fragments[1]).toMatchObject({ cell: { column: 'column2', row: 1 } });
    expect(fragments[1]?.context).toBeUndefined();
    expect(fragments[1]?.text).toBe(residentId(1));
  });

  it('reads past invalid UTF-8 after the sniffed head with one encoding note', async () => {
    const good = new TextEncoder().encode(`name,phone\n${'Wang,13800138000\n'.repeat(1000)}`);
    const bad = Uint8Array.from([0x4c, 0x69, 0xff, 0xfe, 0x2c, 0x31, 0x33, 0x39, 0x0a]);
    const tail = new TextEncoder().encode('Zhao,13912345678\n');
    const bytes = new Uint8Array([...good, ...bad, ...tail]);
    const { fragments, issues } = await readBytes(csv, 'x.csv', bytes, { pieceBytes: 333 });
    expect(issues.map((i) => i.code)).toEqual(['E_ENCODING']);
    expect(fragments.map((f) => f.text)).toContain('13912345678');
    expect(fragments.map((f) => f.text)).toContain('Wang');
  });

  it('closes a runaway quote instead of buffering the whole file', async () => {
    const text = `a,b\n"open,${'x'.repeat(3000)}\nnext,row\n`.repeat(1) + `${'y,z\n'.repeat(400_000)}`;
    const { fragments, issues } = await readBytes(csv, 'x.csv', text, { pieceBytes: 65536 });
    expect(issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
    expect(fragments.length).toBeGreaterThan(1000);
  });

  it('cuts a giant single line into bounded parts without losing text', async () => {
    const giant = `${'x'.repeat(3 * 1024 * 1024)}13800138000${'y'.repeat(3 * 1024 * 1024)}\n`;
    const { fragments, issues } = await readBytes(csv, 'one-line.csv', giant, { pieceBytes: 1 << 16 });
    expect(issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
    expect(Math.max(...fragments.map((f) => f.text.length))).toBeLessThan(2 * 1024 * 1024);
    expect(fragments.reduce((n, f) => n + f.text.length, 0)).toBe(giant.length - 1);
    const wide = `${'a,'.repeat(250_000)}b\n`;
    const many = await readBytes(csv, 'wide.csv', wide, { pieceBytes: 1 << 16 });
    expect(many.fragments).toHaveLength(250_001);
  });
});
