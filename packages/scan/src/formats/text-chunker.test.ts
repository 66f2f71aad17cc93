import { describe, expect, it } from 'vitest';
import { advancePosition } from '../text-position.js';
import { chunkText } from './text-chunker.js';

async function* pieces(text: string, size: number): AsyncIterable<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function collect(text: string, chunkChars: number, pieceSize = 97, overlap = 16) {
  const out = [];
  for await (const f of chunkText(pieces(text, pieceSize), { source: 's', chunkChars, overlap })) out.push(f);
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
    const lines = Array.from({ length: 400 }, (_, i) => `line ${i} ${'x'.repeat(i % 37)}`);
    const text = `${lines.join('\n')}\n${'y'.repeat(5000)}\n中文𠮷`;
    const frags = await collect(text, 256);
    expect(frags.length).toBeGreaterThan(10);
    let rebuilt = '';
    for (const f of frags) {
      const before = f.overlap?.before ?? 0;
      const after = f.overlap?.after ?? 0;
      expect(text.slice(f.offset ?? 0, (f.offset ?? 0) + f.text.length)).toBe(f.text);
      expect(rebuilt.length).toBe((f.offset ?? 0) + before);
      rebuilt += f.text.slice(before, f.text.length - after);
      const expected = advancePosition(text, 0, f.offset ?? 0, { line: 1, column: 1 });
      expect({ line: f.line, column: f.column }).toEqual(expected);
      expect(f.text.length).toBeLessThanOrEqual(256 + 2 * 16);
    }
    expect(rebuilt).toBe(text);
  });

  it('cuts a huge single line anywhere but never inside a surrogate pair', async () => {
    const text = '𠮷'.repeat(3000);
    const frags = await collect(text, 255);
    for (const f of frags) {
      const owned = f.text.slice(f.overlap?.before ?? 0, f.text.length - (f.overlap?.after ?? 0));
      expect(owned.charCodeAt(0)).not.toBeGreaterThanOrEqual(0xdc00);
      expect(f.line).toBe(1);
    }
  });
});
