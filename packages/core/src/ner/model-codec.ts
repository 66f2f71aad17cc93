import type { LinearChainModel } from './linear-chain-model.js';
import { checkModel } from './linear-chain-model.js';

/** A model as it is stored in a generated data module: weights quantised to int8 and base64-encoded. */
export interface EncodedModel {
  readonly name: string;
  readonly version: string;
  readonly tags: readonly string[];
  readonly bits: number;
  /** Emission weight = int8 × scale. */
  readonly scale: number;
  readonly emission: string;
  readonly transition: readonly number[];
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Int16Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** Standard base64 to bytes; pure so that core runs in browsers and workers alike. */
export function base64ToBytes(s: string): Uint8Array {
  const clean = s.replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let acc = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const v = DECODE[clean.charCodeAt(i)] ?? -1;
    if (v < 0) throw new TypeError(`invalid base64 at ${i}`);
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >>> bits) & 0xff;
    }
  }
  return out;
}

/** Bytes to standard base64 (used by the training script). */
export function bytesToBase64(bytes: Uint8Array): string {
  let s = '';
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | (bytes[i + 1]! << 8) | bytes[i + 2]!;
    s += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]! + ALPHABET[(n >>> 6) & 63]! + ALPHABET[n & 63]!;
  }
  if (i < bytes.length) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8);
    s += ALPHABET[n >>> 18]! + ALPHABET[(n >>> 12) & 63]!;
    s += i + 1 < bytes.length ? ALPHABET[(n >>> 6) & 63]! + '=' : '==';
  }
  return s;
}

/** Quantises float weights to int8 with one scale (the largest magnitude maps to 127). */
export function encodeModel(m: LinearChainModel, version: string): EncodedModel {
  let max = 0;
  for (const w of m.emission) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const q = new Int8Array(m.emission.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.emission[i]! / scale);
  return {
    name: m.name,
    version,
    tags: [...m.tags],
    bits: m.bits,
    scale,
    emission: bytesToBase64(new Uint8Array(q.buffer)),
    transition: Array.from(m.transition, (x) => Math.round(x * 1000) / 1000),
  };
}

/** Loads a stored model into float arrays (a few milliseconds for a megabyte of weights). */
export function decodeModel(e: EncodedModel): LinearChainModel {
  const bytes = base64ToBytes(e.emission);
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const emission = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) emission[i] = q[i]! * e.scale;
  return checkModel({
    name: e.name,
    tags: e.tags,
    bits: e.bits,
    emission,
    transition: Float32Array.from(e.transition),
    quantized: { steps: q, scale: e.scale },
  });
}
