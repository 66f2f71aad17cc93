import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64, decodeModel, encodeModel } from './model-codec.js';

describe('model codec', () => {
  it('base64 round-trips every length and agrees with Buffer', () => {
    for (let n = 0; n < 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 0xff);
      const s = bytesToBase64(bytes);
      expect(s).toBe(Buffer.from(bytes).toString('base64'));
      expect(Array.from(base64ToBytes(s))).toEqual(Array.from(bytes));
    }
  });

  it('rejects characters outside the alphabet', () => {
    expect(() => base64ToBytes('ab$d')).toThrow(/invalid base64/);
  });

  it('quantises weights to int8 within half a step and keeps transitions', () => {
    const emission = Float32Array.from({ length: 4 * 2 }, (_, i) => (i - 3) * 0.37);
    const m = { name: 't', tags: ['O', 'S'], bits: 2, emission, transition: Float32Array.from([0.5, -1, 2, 0.25, 0, 1]) };
    const back = decodeModel(encodeModel(m, '1.0.0'));
    const step = Math.max(...emission.map(Math.abs)) / 127;
    emission.forEach((w, i) => expect(Math.abs(back.emission[i]! - w)).toBeLessThanOrEqual(step / 2 + 1e-6));
    expect(Array.from(back.transition)).toEqual([0.5, -1, 2, 0.25, 0, 1]);
  });

  it('refuses a model whose arrays do not fit its tags and bits', () => {
    const bad = {
      name: 'bad',
      version: '1',
      tags: ['O', 'S'],
      bits: 3,
      scale: 1,
      emission: bytesToBase64(new Uint8Array(4)),
      transition: [0, 0, 0, 0, 0, 0],
    };
    expect(() => decodeModel(bad)).toThrow(/do not match/);
  });
});
