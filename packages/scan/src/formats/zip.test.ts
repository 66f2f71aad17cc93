import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { buildZip } from '../../test/build-zip.js';
import { readBytes } from '../../test/read-bytes.js';
import { csv } from './csv.js';
import { text } from './text.js';
import { zip } from './zip.js';

const readers = [zip, csv, text];

describe('zip reader', () => {
  it('reads members with their readers and locates them as a.zip!/dir/x.csv, nested archives too', async () => {
    const inner = buildZip([{ name: 'deep/note.txt', data: '联系电话 13800138000' }]);
    const outer = buildZip([
      { name: 'dir/', data: '', method: 0 },
      { name: 'dir/users.csv', data: 'name,phone\nWang,13912345678\n' },
      { name: 'stored.txt', data: 'plain 13698765432', method: 0 },
      { name: 'inner.zip', data: inner },
    ]);
    const { fragments, issues } = await readBytes(zip, 'a.zip', outer, { readers });
    expect(issues).toEqual([]);
    const bySource = Object.fromEntries(fragments.map((f) => [f.source, f.text]));
    expect(bySource).toMatchObject({
      'a.zip!/dir/users.csv': '13912345678',
      'a.zip!/stored.txt': 'plain 13698765432',
      'a.zip!/inner.zip!/deep/note.txt': '联系电话 13800138000',
    });
    expect(fragments.find((f) => f.source === 'a.zip!/dir/users.csv' && f.text === '13912345678')?.context).toBe('phone');
  });

  it('reads GBK member names written without the UTF-8 flag', async () => {
    const z = buildZip([{ name: iconv.encode('员工名单.txt', 'gbk'), data: 'x 13800138000' }]);
    const { fragments } = await readBytes(zip, 'a.zip', z, { readers });
    expect(fragments[0]?.source).toBe('a.zip!/员工名单.txt');
  });

  it('reports an encrypted member and reads the others', async () => {
    const z = buildZip([
      { name: 'secret.csv', data: 'garbage', encrypted: true },
      { name: 'open.txt', data: 'phone 13800138000' },
    ]);
    const { fragments, issues } = await readBytes(zip, 'a.zip', z, { readers });
    expect(issues).toEqual([expect.objectContaining({ code: 'E_ENCRYPTED', source: 'a.zip!/secret.csv' })]);
    expect(fragments.map((f) => f.source)).toEqual(['a.zip!/open.txt']);
  });

  it('stops a high-ratio member (zip bomb) with E_ARCHIVE_LIMIT', async () => {
    const bomb = buildZip([
      { name: 'bomb.txt', data: 'a'.repeat(24 * 1024 * 1024) },
      { name: 'after.txt', data: 'never read' },
    ]);
    const { fragments, issues } = await readBytes(zip, 'bomb.zip', bomb, {
      readers,
      archiveLimits: { ratioFloorBytes: 1024 * 1024, maxRatio: 100 },
    });
    expect(issues.map((i) => i.code)).toEqual(['E_ARCHIVE_LIMIT']);
    expect(issues[0]?.source).toBe('bomb.zip!/bomb.txt');
    const read = fragments.reduce((n, f) => n + f.text.length, 0);
    expect(read).toBeLessThan(4 * 1024 * 1024);
    expect(fragments.map((f) => f.source)).not.toContain('bomb.zip!/after.txt');
  });

  it('stops deep nesting and a total expanded size past the budget', async () => {
    let z = buildZip([{ name: 'core.txt', data: 'phone 13800138000' }]);
    for (let i = 0; i < 6; i++) z = buildZip([{ name: `level${i}.zip`, data: z }]);
    const deep = await readBytes(zip, 'nest.zip', z, { readers, archiveLimits: { maxDepth: 3 } });
    expect(deep.issues.map((i) => i.code)).toEqual(['E_ARCHIVE_LIMIT']);
    expect(deep.issues[0]?.source.split('!/')).toHaveLength(4);
    expect(deep.fragments).toEqual([]);

    const wide = buildZip(Array.from({ length: 10 }, (_, i) => ({ name: `f${i}.txt`, data: `${i} `.repeat(50_000) })));
    const total = await readBytes(zip, 'wide.zip', wide, { readers, archiveLimits: { maxTotalBytes: 300_000 } });
    expect(total.issues.map((i) => i.code)).toEqual(['E_ARCHIVE_LIMIT']);
    expect(new Set(total.fragments.map((f) => f.source)).size).toBeLessThan(10);
  });

  it('reports a damaged member and a truncated archive, and goes on', async () => {
    const z = buildZip([
      {
        name: 'bad.txt',
        data: 'phone 13800138000 '.repeat(500),
        damage: (c) => Buffer.concat([c.subarray(0, 20), Buffer.alloc(40, 0xff)]),
      },
      { name: 'good.txt', data: 'phone 13912345678' },
    ]);
    const { fragments, issues } = await readBytes(zip, 'a.zip', z, { readers });
    expect(issues).toEqual([expect.objectContaining({ code: 'E_CORRUPT', source: 'a.zip!/bad.txt' })]);
    expect(fragments.find((f) => f.source === 'a.zip!/good.txt')?.text).toBe('phone 13912345678');

    const truncated = await readBytes(zip, 't.zip', z.subarray(0, z.length - 30), { readers });
    expect(truncated.issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
  });
});

describe('zip reader with a failing member reader', () => {
  it('reports the member whose reader threw and reads the next', async () => {
    const failing = {
      id: 'failing',
      matches: ({ name }: { name: string }) => name.endsWith('.boom'),
      async *read(): AsyncIterable<never> {
        await Promise.reject(new Error('reader bug'));
        yield* [];
      },
    };
    const z = buildZip([
      { name: 'a.boom', data: 'x' },
      { name: 'b.txt', data: 'phone 13800138000' },
    ]);
    const { fragments, issues } = await readBytes(zip, 'a.zip', z, { readers: [zip, failing, text] });
    expect(issues).toEqual([expect.objectContaining({ code: 'E_CORRUPT', source: 'a.zip!/a.boom' })]);
    expect(fragments.map((f) => f.source)).toEqual(['a.zip!/b.txt']);
  });
});

describe('zip reader past the in-memory limit', () => {
  it('reads members in two streaming passes with the same result', async () => {
    const inner = buildZip([{ name: 'deep/note.txt', data: '联系电话 13800138000' }]);
    const z = buildZip([
      { name: 'dir/users.csv', data: 'name,phone\nWang,13912345678\n' },
      { name: 'secret.txt', data: 'x', encrypted: true },
      { name: 'stored.txt', data: 'plain 13698765432', method: 0 },
      { name: 'inner.zip', data: inner },
    ]);
    const inMemory = await readBytes(zip, 'a.zip', z, { readers });
    const streamed = await readBytes(zip, 'a.zip', z, { readers, archiveLimits: { maxInMemoryBytes: 64 }, pieceBytes: 37 });
    expect(streamed.fragments).toEqual(inMemory.fragments);
    expect(streamed.issues).toEqual(inMemory.issues);
    expect(streamed.fragments.map((f) => f.source)).toContain('a.zip!/inner.zip!/deep/note.txt');
  });

  it('streams a member too big to buffer, head included', async () => {
    const line = 'phone 13800138000\n';
    const big = line.repeat(Math.ceil((65 * 1024 * 1024) / line.length));
    const z = buildZip([
      { name: 'big.txt', data: big, method: 0 },
      { name: 'after.txt', data: 'mail a@example.com' },
    ]);
    const { fragments, issues } = await readBytes(zip, 'big.zip', z, {
      readers,
      archiveLimits: { maxInMemoryBytes: 1024 },
      pieceBytes: 1 << 20,
    });
    expect(issues).toEqual([]);
    const read = fragments
      .filter((f) => f.source === 'big.zip!/big.txt')
      .reduce((n, f) => n + f.text.length - (f.overlap?.before ?? 0) - (f.overlap?.after ?? 0), 0);
    expect(read).toBe(big.length);
    expect(fragments.at(-1)).toMatchObject({ source: 'big.zip!/after.txt', text: 'mail a@example.com' });
  });

  it('reports a truncated big zip as corrupt', async () => {
    const z = buildZip([{ name: 'a.txt', data: 'phone 13800138000' }]);
    const { issues } = await readBytes(zip, 't.zip', z.subarray(0, z.length - 10), { readers, archiveLimits: { maxInMemoryBytes: 16 } });
    expect(issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
  });
});
