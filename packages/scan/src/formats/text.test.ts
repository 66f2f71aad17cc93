import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import type { Fragment } from '../fragment.js';
import type { ScanIssue } from '../scan-issue.js';
import type { ReaderContext, ReaderInput } from './format-reader.js';
import { text } from './text.js';
import { maxFragmentChars } from './text-chunker.js';

function input(bytes: Uint8Array, name = 'f.txt', pieceSize = 1000): ReaderInput {
  return {
    source: name,
    name,
    size: bytes.length,
    head: bytes.subarray(0, 8192),
    depth: 0,
    async *open() {
      for (let i = 0; i < bytes.length; i += pieceSize) yield bytes.subarray(i, i + pieceSize);
    },
  };
}

async function read(
  bytes: Uint8Array,
  chunkChars?: number,
  pieceSize?: number,
): Promise<{ text: string; fragments: Fragment[]; issues: ScanIssue[] }> {
  const issues: ScanIssue[] = [];
  const ctx: ReaderContext = {
    issue: (i) => issues.push(i),
    readNested: () => {
      throw new Error('no nesting in text');
    },
    ...(chunkChars ? { chunkChars } : {}),
  };
  const fragments: Fragment[] = [];
  for await (const f of text.read(input(bytes, 'f.txt', pieceSize), ctx)) fragments.push(f);
  const whole = fragments.map((f) => f.text.slice(f.overlap?.before ?? 0, f.text.length - (f.overlap?.after ?? 0))).join('');
  return { text: whole, fragments, issues };
}

const CHINESE = '客户名单\n姓名：张三，电话：13800000000\n地址：北京市朝阳区建国路88号\n';
const TRADITIONAL = '客戶名單\n姓名：陳大文，電話：0912345678\n地址：臺北市中正區\n';

describe('text reader', () => {
  it('matches anything (it is the fallback)', () => {
    expect(text.matches({ name: 'x.bin', head: new Uint8Array([0]) })).toBe(true);
  });

  it.each([
    ['UTF-8', Buffer.from(CHINESE, 'utf8'), CHINESE],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CHINESE)]), CHINESE],
    ['GBK', iconv.encode(CHINESE, 'gbk'), CHINESE],
    ['GB18030', iconv.encode(`${CHINESE}𠮷`, 'gb18030'), `${CHINESE}𠮷`],
    ['Big5', iconv.encode(TRADITIONAL, 'big5'), TRADITIONAL],
    ['UTF-16LE with BOM', iconv.encode(CHINESE, 'utf16le', { addBOM: true }), CHINESE],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(CHINESE, 'utf16be')]), CHINESE],
  ])('decodes %s', async (_name, bytes, expected) => {
    const { text: got, issues } = await read(bytes, undefined, 7);
    expect(got).toBe(expected);
    expect(issues).toEqual([]);
  });

  it('skips a binary file with a note', async () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const { fragments, issues } = await read(bytes);
    expect(fragments).toEqual([]);
    expect(issues).toEqual([expect.objectContaining({ code: 'E_BINARY_SKIPPED', severity: 'note' })]);
  });

  it('skips a file with a known binary magic number', async () => {
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.from('IHDR text-looking rest')]);
    const { issues } = await read(png);
    expect(issues[0]?.message).toMatch(/PNG/);
  });

  it('reads a file with invalid bytes, with replacement characters and one note', async () => {
    const bytes = Buffer.concat([
      Buffer.from('电话 13800000000\n'.repeat(600)),
      Buffer.from([0xff, 0xfe, 0xfd]),
      Buffer.from('\n姓名 张三\n'),
    ]);
    const { text: got, issues } = await read(bytes, undefined, 512);
    expect(got).toContain('\uFFFD');
    expect(got.endsWith('\n姓名 张三\n')).toBe(true);
    expect(issues).toEqual([expect.objectContaining({ code: 'E_ENCODING', severity: 'note' })]);
  });

  it('notes a multi-byte character truncated at the end of the file', async () => {
    const bytes = Buffer.from('姓名 张三', 'utf8').subarray(0, -1);
    const { text: got, issues } = await read(bytes);
    expect(got).toBe('姓名 张\uFFFD');
    expect(issues.map((i) => i.code)).toEqual(['E_ENCODING']);
  });

  it('streams a long text in bounded fragments whose owned parts rebuild it', async () => {
    const long = Array.from({ length: 20000 }, (_, i) => `第${i}行 电话 138${String(i).padStart(8, '0')}`).join('\n');
    const { text: got, fragments } = await read(iconv.encode(long, 'gbk'), 4096, 65536);
    expect(got).toBe(long);
    expect(fragments.length).toBeGreaterThan(50);
    for (const f of fragments) expect(f.text.length).toBeLessThanOrEqual(maxFragmentChars(4096));
  });
});
