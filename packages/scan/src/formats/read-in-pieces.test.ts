import { describe, expect, it } from 'vitest';
import type { ReaderInput } from './format-reader.js';
import { readInPieces } from './read-in-pieces.js';

function input(bytes: Uint8Array, readSize: number): ReaderInput {
  return {
    source: 'f.txt',
    name: 'f.txt',
    size: bytes.length,
    head: bytes.subarray(0, 8192),
    depth: 0,
    async *open() {
      for (let i = 0; i < bytes.length; i += readSize) yield bytes.subarray(i, i + readSize);
    },
  };
}

async function pieces(i: ReaderInput): Promise<Uint8Array[]> {
  const out: Uint8Array[] = [];
  for await (const p of i.open()) out.push(p);
  return out;
}

describe('readInPieces', () => {
  it('hands on every byte in order, in slices of at most the given size', async () => {
    const bytes = new TextEncoder().encode('电话 13800000000 地址 北京市朝阳区\n'.repeat(5000));
    const got = await pieces(readInPieces(input(bytes, 100_000), 4096));
    for (const p of got) expect(p.length).toBeLessThanOrEqual(4096);
    expect(got.length).toBeGreaterThan(bytes.length / 4096);
    expect(Buffer.concat(got).equals(Buffer.from(bytes))).toBe(true);
  });

  it('passes small reads as they are', async () => {
    const bytes = new Uint8Array(10_000).fill(65);
    const got = await pieces(readInPieces(input(bytes, 1000), 4096));
    expect(got.map((p) => p.length)).toEqual(Array.from({ length: 10 }, () => 1000));
  });
});
