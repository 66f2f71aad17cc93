import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildTar } from '../../test/build-tar.js';
import { buildZip } from '../../test/build-zip.js';
import { readBytes } from '../../test/read-bytes.js';
import { csv } from './csv.js';
import { gz } from './gz.js';
import { tar } from './tar.js';
import { text } from './text.js';
import { zip } from './zip.js';

const readers = [tar, gz, zip, csv, text];
const longName = `${'very-long-directory-name/'.repeat(6)}people.csv`;

describe('tar reader', () => {
  const archive = buildTar([
    { name: 'a/notes.txt', data: '电话 13800138000' },
    { name: longName, data: 'name,phone\nWang,13912345678\n', pax: true },
    { name: 'inner.zip', data: buildZip([{ name: 'x.txt', data: 'mail li@example.com' }]) },
  ]);

  it('reads plain and gzip-compressed tars member by member', async () => {
    for (const [name, bytes] of [
      ['a.tar', archive],
      ['a.tgz', gzipSync(archive)],
      ['a.tar.gz', gzipSync(archive)],
    ] as const) {
      const { fragments, issues } = await readBytes(tar, name, bytes, { readers, pieceBytes: 1000 });
      expect(issues).toEqual([]);
      expect(fragments.map((f) => [f.source, f.text])).toEqual([
        [`${name}!/a/notes.txt`, '电话 13800138000'],
        [`${name}!/${longName}`, 'Wang'],
        [`${name}!/${longName}`, '13912345678'],
        [`${name}!/inner.zip!/x.txt`, 'mail li@example.com'],
      ]);
    }
  });

  it('reports a truncated tar.gz after the members before the cut', async () => {
    const big = buildTar([
      { name: 'first.txt', data: 'phone 13800138000' },
      { name: 'second.txt', data: 'x'.repeat(200_000) },
    ]);
    const gzBytes = gzipSync(big);
    const { fragments, issues } = await readBytes(tar, 'cut.tgz', gzBytes.subarray(0, gzBytes.length - 40), { readers });
    expect(fragments[0]).toMatchObject({ source: 'cut.tgz!/first.txt', text: 'phone 13800138000' });
    expect(issues.map((i) => i.code)).toContain('E_CORRUPT');
  });

  it('rejects a damaged header with E_CORRUPT', async () => {
    const bad = Buffer.from(archive);
    bad[10] = 0x41;
    const { fragments, issues } = await readBytes(tar, 'bad.tar', bad, { readers });
    expect(fragments).toEqual([]);
    expect(issues.map((i) => i.code)).toEqual(['E_CORRUPT']);
  });
});

describe('gz reader', () => {
  it('reads the inner file with the reader for its name', async () => {
    const { fragments, issues } = await readBytes(gz, 'users.csv.gz', gzipSync('name,phone\nWang,13912345678\n'), { readers });
    expect(issues).toEqual([]);
    expect(fragments.find((f) => f.text === '13912345678')).toMatchObject({ source: 'users.csv.gz!/users.csv', context: 'phone' });
  });

  it('yields what a truncated gzip held, then reports E_CORRUPT', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `row ${i} phone 1380013${String(i).padStart(4, '0')}`).join('\n');
    const bytes = gzipSync(lines);
    const { fragments, issues } = await readBytes(gz, 'log.txt.gz', bytes.subarray(0, Math.floor(bytes.length / 2)), { readers });
    expect(issues).toEqual([expect.objectContaining({ code: 'E_CORRUPT', source: 'log.txt.gz!/log.txt' })]);
    const read = fragments.map((f) => f.text).join('');
    expect(read).toContain('row 0 phone 13800130000');
    expect(read.length).toBeGreaterThan(1000);
    expect(read.length).toBeLessThan(lines.length);
  });

  it('stops a gzip bomb by its ratio', async () => {
    const bomb = gzipSync(Buffer.alloc(32 * 1024 * 1024, 0x61));
    const { issues } = await readBytes(gz, 'bomb.txt.gz', bomb, { readers, archiveLimits: { ratioFloorBytes: 1 << 20, maxRatio: 100 } });
    expect(issues.map((i) => i.code)).toEqual(['E_ARCHIVE_LIMIT']);
  });
});
