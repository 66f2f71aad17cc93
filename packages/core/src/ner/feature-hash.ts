// Feature hashing for the sequence models: a feature is a template id plus up to three integers (character
// codes, class bits), mixed with MurmurHash3's 32-bit steps. No strings are built per character, which keeps
// tagging fast enough for the throughput target.

function mix(h: number, v: number): number {
  let k = Math.imul(v | 0, 0xcc9e2d51);
  k = (k << 15) | (k >>> 17);
  k = Math.imul(k, 0x1b873593);
  const x = h ^ k;
  return (Math.imul((x << 13) | (x >>> 19), 5) + 0xe6546b64) | 0;
}

function finish(h: number): number {
  let x = h ^ (h >>> 16);
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Bucket of feature (template, a, b, c) in a table of `mask + 1` buckets (a power of two). */
export function featureBucket(mask: number, template: number, a = 0, b = 0, c = 0): number {
  return finish(mix(mix(mix(mix(0x9747b28c, template), a), b), c)) & mask;
}

/** A 32-bit hash of a string, for word features of the token model. */
export function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = mix(h, s.charCodeAt(i));
  return finish(h);
}
