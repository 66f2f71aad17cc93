import { mod11_2CheckChar } from '@piguard/core';
import { describe, expect, it } from 'vitest';
import { readBytes } from '../../test/read-bytes.js';
import { json } from './json.js';

function residentId(seq: number): string {
  const body = `44030119851120${String(seq).padStart(3, '0')}`;
  return body + mod11_2CheckChar(body);
}

describe('json reader', () => {
  it('gives key paths as locator and context and makes each array element object one record', async () => {
    const doc = {
      shop: 'demo',
      orders: [
        { id: 1, buyer: { name: '王五', phone: '13800138000', idNo: residentId(11) }, tags: ['vip'] },
        { id: 2, buyer: { name: '赵六', 'e-mail': 'zhao@example.com' }, amount: 1234567 },
      ],
    };
    const text = JSON.stringify(doc, null, 2);
    const { fragments, issues } = await readBytes(json, 'orders.json', text, { pieceBytes: 5 });
    expect(issues).toEqual([]);
    const phone = fragments.find((f) => f.text === '13800138000');
    expect(phone).toMatchObject({ context: '$.orders[0].buyer.phone', cell: { keyPath: '$.orders[0].buyer.phone' } });
    expect(text.slice(phone?.offset, (phone?.offset ?? 0) + 11)).toBe('13800138000');
    expect(text.split('\n')[(phone?.line ?? 0) - 1]).toContain('13800138000');
    const id = fragments.find((f) => f.text === residentId(11));
    expect(id?.record).toBe(phone?.record);
    const mail = fragments.find((f) => f.text === 'zhao@example.com');
    expect(mail?.context).toBe('$.orders[1].buyer["e-mail"]');
    expect(mail?.record).not.toBe(phone?.record);
    expect(fragments.find((f) => f.text === '1234567')?.context).toBe('$.orders[1].amount');
    // Short numbers (ids, counts) are not fragments.
    expect(fragments.map((f) => f.text)).not.toContain('1');
  });

  it('reads JSON Lines with one record per line', async () => {
    const text = `{"name":"张三","mobile":"13912345678"}\n{"name":"李四","mobile":"13698765432"}\n`;
    const { fragments } = await readBytes(json, 'users.jsonl', text);
    expect(fragments).toHaveLength(4);
    expect(fragments[3]).toMatchObject({ text: '13698765432', line: 2, cell: { keyPath: '$.mobile', row: 2 } });
    expect(fragments[0]?.record).toBe(fragments[1]?.record);
    expect(fragments[0]?.record).not.toBe(fragments[2]?.record);
  });

  it('unescapes strings, reports data-like keys and survives piece boundaries inside escapes', async () => {
    const text = '{"13800138000":{"note":"\\u5f20\\u4e09 \\"quoted\\""}}';
    for (const pieceBytes of [1, 2, 3, 7]) {
      const { fragments } = await readBytes(json, 'x.json', text, { pieceBytes });
      expect(fragments.map((f) => f.text)).toEqual(['13800138000', '张三 "quoted"']);
      expect(fragments[1]?.context).toBe('$["13800138000"].note');
    }
  });

  it('reports a truncated document after yielding what it read', async () => {
    const text = '[{"phone":"13800138000"},{"phone":"1391234';
    const { fragments, issues } = await readBytes(json, 'x.json', text);
    expect(fragments.map((f) => f.text)).toEqual(['13800138000']);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'E_CORRUPT', severity: 'error' });
  });

  it('stops at a syntax error with its line', async () => {
    const { issues } = await readBytes(json, 'x.json', '{\n"a": "13800138000",\n"b": oops}');
    expect(issues[0]?.message).toContain('line 3');
  });

  it('streams a deep, wide document without building it', async () => {
    const deep = `${'['.repeat(5000)}"13800138000"${']'.repeat(5000)}`;
    const { fragments, issues } = await readBytes(json, 'x.json', deep, { pieceBytes: 1000 });
    expect(issues).toEqual([]);
    expect(fragments).toHaveLength(1);
    const tooDeep = await readBytes(json, 'x.json', '['.repeat(20_000));
    expect(tooDeep.issues[0]?.message).toContain('nested deeper');
  });
});

describe('json reader on hostile input', () => {
  it('reads a 20 MB string spread over small pieces in linear time', async () => {
    const big = `{"blob":"${'A'.repeat(20 * 1024 * 1024)}","phone":"13800138000"}`;
    const t0 = performance.now();
    const { fragments } = await readBytes(json, 'big.json', big, { pieceBytes: 16 * 1024 });
    expect(performance.now() - t0).toBeLessThan(10_000);
    expect(fragments.map((f) => f.context)).toEqual(['$.blob', '$.phone']);
  });
});
