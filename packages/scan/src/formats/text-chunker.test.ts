import { createAnalyzer } from '@piguard/core';
import { generateLuhn, generateRic18, seededRandom } from '@piguard/core/testing';
import { describe, expect, it } from 'vitest';
import type { Fragment } from '../fragment.js';
import { analyzeFragment } from '../pool/analyze-fragment.js';
import { advancePosition } from '../text-position.js';
import { chunkText, DEFAULT_CHUNK_CHARS, maxFragmentChars } from './text-chunker.js';

async function* pieces(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(text: string, chunkChars: number, pieceSize = 97, overlap = 16): Promise<Fragment[]> {
  const out = [];
  for await (const f of chunkText(pieces(text, pieceSize), { source: 's', chunkChars, overlap })) out.push(f);
  return out;
}

/** A small deterministic generator (mulberry32), so that the mixed text is the same on every run. */

/**
 * Text like the bench corpus: English and Chinese prose, street addresses over two lines (and numbers at a line's
 * end before a street word on the next, which the address pattern also reads across the newline), CSV rows and
 * log lines with resident IDs and bank cards whose check digits are computed here, blank-line paragraphs and a
 * few lines longer than the analyzer's windows (cut anywhere).
 */
function mixedText(chars: number, seed: number): string {
  const r = seededRandom(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const digits = (n: number): string => Array.from({ length: n }, () => Math.floor(r() * 10)).join('');
  const words = ['the', 'way', 'road', 'we', 'know', 'after', 'great', 'state', 'time', 'long', 'make', 'would'];
  const streets = ['Oak', 'Maple', 'Cedar Hill', 'Lake'];
  const suffixes = ['Street', 'Avenue', 'Road', 'Way', 'Lane', 'Drive'];
  const cities = ['北京市朝阳区', '广州市天河区', '武汉市洪山区', '上海市浦东新区'];
  const names = ['王芳', '李娜', '张伟', '刘洋', '陈静'];
  const ric = (): string =>
    generateRic18(
      pick(['110105', '440106', '420111']),
      `19${50 + Math.floor(r() * 50)}0${1 + Math.floor(r() * 9)}1${Math.floor(r() * 9)}`,
      digits(3),
    );
  const mobile = (): string => `1${pick(['38', '39', '56', '86'])}${digits(8)}`;
  const card = (): string => generateLuhn(`62${digits(4)}`, 16, digits(10));
  const sentence = (): string => {
    const n = 6 + Math.floor(r() * 12);
    const ws = Array.from({ length: n }, () => pick(words));
    return `${ws.join(' ')}.`;
  };
  const blocks: string[] = [];
  let length = 0;
  while (length < chars) {
    const kind = r();
    let block: string;
    if (kind < 0.2) block = Array.from({ length: 2 + Math.floor(r() * 5) }, sentence).join(' ');
    else if (kind < 0.35)
      block = `${pick(names)}的住址是${pick(cities)}建设路${1 + Math.floor(r() * 300)}号，手机${mobile()}，身份证号码${ric()}。`;
    else if (kind < 0.5)
      block = `Ship to:\n${1 + Math.floor(r() * 9999)} ${pick(streets)} ${pick(suffixes)}\nSpringfield, IL ${digits(5)}\nPhone ${mobile()}`;
    else if (kind < 0.75) {
      const rows = Array.from({ length: 5 + Math.floor(r() * 60) }, () =>
        [pick(names), mobile(), ric(), `${digits(9)}@example.com`, pick(cities), '', `${digits(4)}.${digits(2)}`].join(','),
      );
      // A row's last number followed by a prose line starting with a street word: read across the newline.
      block = `name,mobile,id,email,city,note,amount\n${rows.join('\n')}\n${pick(['Way', 'Road', 'Lane'])} ${sentence()}`;
    } else if (kind < 0.95)
      block = Array.from(
        { length: 5 + Math.floor(r() * 40) },
        (_, i) => `2026-12-06T10:${String(i % 60).padStart(2, '0')}:00Z INFO user=${mobile()} card=${card()} ok`,
      ).join('\n');
    else {
      // Its own paragraph: a block whose lines are rows but whose part in a fragment is one line longer than a
      // chunk would be one record there (a part's records are decided from that part).
      block = `\n${Array.from({ length: 800 }, () => `${pick(words)} ${pick(['', ric(), mobile()])}`).join(' ')}\n`;
    }
    blocks.push(block);
    length += block.length + 2;
  }
  // Mostly blank-line paragraphs, sometimes blocks on consecutive lines (no blank line to cut at).
  return blocks.map((b, i) => (i % 7 === 3 ? `${b}\n` : `${b}\n\n`)).join('');
}

/** What a finding reports, located in the source: what must not depend on where the text is cut. */
async function findingsOf(text: string, chunkChars: number, pieceSize: number, records = true): Promise<string[]> {
  const analyzer = createAnalyzer();
  const out: string[] = [];
  for await (const fragment of chunkText(pieces(text, pieceSize), { source: 's', chunkChars })) {
    const result = analyzeFragment(analyzer, fragment);
    result.findings.forEach((f, i) => {
      out.push(
        `${f.start} ${f.end} ${f.piType} ${f.entity} ${f.score} ${f.line}:${f.column} ${f.masked}${records ? ` ${result.recordKeys?.[i]}` : ''}`,
      );
    });
  }
  return out;
}

describe('chunkText', () => {
  it('yields one fragment without overlap for a short text', async () => {
    const frags = await collect('a\nb\nc', 1000);
    expect(frags).toEqual([{ source: 's', text: 'a\nb\nc', line: 1, column: 1, offset: 0 }]);
  });

  it('yields nothing for an empty text', async () => {
    expect(await collect('', 100)).toEqual([]);
  });

  it('owned regions tile the text exactly, with right offsets, lines and columns', async () => {
    const lines = Array.from({ length: 4000 }, (_, i) => `line ${i} ${'x'.repeat(i % 37)}${i % 50 === 0 ? '\n' : ''}`);
    const text = `${lines.join('\n')}\n${'y'.repeat(50000)}\n中文𠮷`;
    for (const size of [1, 5000, 20000]) {
      const frags = await collect(text, size);
      expect(frags.length).toBeGreaterThan(size === 20000 ? 5 : 20);
      let rebuilt = '';
      for (const f of frags) {
        const before = f.overlap?.before ?? 0;
        const after = f.overlap?.after ?? 0;
        expect(text.slice(f.offset ?? 0, (f.offset ?? 0) + f.text.length)).toBe(f.text);
        expect(rebuilt.length).toBe((f.offset ?? 0) + before);
        rebuilt += f.text.slice(before, f.text.length - after);
        const expected = advancePosition(text, 0, f.offset ?? 0, { line: 1, column: 1 });
        expect({ line: f.line, column: f.column }).toEqual(expected);
        expect(f.text.length).toBeLessThanOrEqual(maxFragmentChars(size));
      }
      expect(rebuilt).toBe(text);
    }
  });

  it('keeps fragments of the default size under V8 large-object size (64K UTF-16 characters)', () => {
    expect(maxFragmentChars(DEFAULT_CHUNK_CHARS)).toBeLessThan(65_528);
  });

  it('cuts after a blank line where one is near', async () => {
    const text = Array.from({ length: 3000 }, (_, i) => `p${i} ${'z'.repeat(i % 23)}${i % 40 === 39 ? '\n' : ''}`).join('\n');
    const frags = await collect(text, 10000);
    expect(frags.length).toBeGreaterThan(3);
    for (const f of frags.slice(1)) {
      const owned = (f.offset ?? 0) + (f.overlap?.before ?? 0);
      expect(text.slice(owned - 2, owned)).toBe('\n\n');
    }
  });

  it('cuts a huge single line anywhere but never inside a surrogate pair', async () => {
    const text = '𠮷'.repeat(30000);
    const frags = await collect(text, 255);
    expect(frags.length).toBeGreaterThan(3);
    for (const f of frags) {
      const owned = f.text.slice(f.overlap?.before ?? 0, f.text.length - (f.overlap?.after ?? 0));
      expect(owned.charCodeAt(0)).not.toBeGreaterThanOrEqual(0xdc00);
      expect(f.line).toBe(1);
    }
  });

  it('gives the findings of the whole text whatever the chunk size', async () => {
    const text = mixedText(300_000, 20261206);
    const whole = await findingsOf(text, text.length + 1, text.length);
    // Enough of each kind that a cut falls near some: addresses over two lines, IDs, cards, phones.
    const types = new Set(whole.map((f) => f.split(' ')[3]));
    for (const t of ['STREET_ADDRESS', 'CN_ADDRESS', 'CN_RIC18', 'CN_MOBILE']) expect(types).toContain(t);
    expect(whole.length).toBeGreaterThan(5000);
    // Fragments of a window or two: the same findings. Their records may differ where a fragment holds only part
    // of one line of a block whose lines are rows (here the lines longer than a window): a part of a block is a
    // record or its lines are, as decided from that part's findings.
    expect(await findingsOf(text, 1, 4093, false)).toEqual(await findingsOf(text, text.length + 1, text.length, false));
    for (const [chunkChars, pieceSize] of [
      [10_000, 65_536],
      [48 * 1024, 1 << 20],
      [1 << 20, 1 << 20],
    ] as const) {
      expect(await findingsOf(text, chunkChars, pieceSize), `chunk ${chunkChars}`).toEqual(whole);
    }
  });
});
