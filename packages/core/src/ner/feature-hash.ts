// Feature hashing for the sequence models: a feature is a template id plus up to three integers (character
// codes, class bits), mixed by multiply-xorshift steps. No strings are built per character, which keeps
// tagging fast enough for the throughput target; collisions only add noise the perceptron learns around.

/** Bucket of feature (template, a, b, c) in a table of `mask + 1` buckets (a power of two). */
export function featureBucket(mask: number, template: number, a: number, b: number, c: number): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h ^ b, 0x27d4eb2f);
  h ^= h >>> 13;
  h = Math.imul(h ^ c, 0x165667b1);
  h ^= h >>> 16;
  return h & mask;
}

/** A 32-bit hash of a string (FNV-1a with a final mix), for word features and lexicon tables. */
export function stringHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

// Cheaper buckets for the Chinese name features, whose inputs are small integers (character codes below 2^21,
// class bits below 2^6): multiplicative (Fibonacci) hashing keeps the well-mixed top bits of one product per
// input, a third of the multiplies of `featureBucket`. `shift` is 32 minus the table's bits.

/** Bucket of a feature packed by the caller into one 32-bit key (template bits included): one multiply. */
export function keyBucket(shift: number, key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> shift;
}

/** Bucket of a feature of two values below 2^21 under `template` (below 2^11): two multiplies. */
export function pairBucket(shift: number, template: number, a: number, b: number): number {
  return Math.imul(Math.imul(a ^ (template << 21), 0x85ebca77) ^ b, 0x9e3779b1) >>> shift;
}

/** Bucket of a feature of three values below 2^21 under `template`: three multiplies. */
export function tripleBucket(shift: number, template: number, a: number, b: number, c: number): number {
  return Math.imul(Math.imul(Math.imul(a ^ (template << 21), 0x85ebca77) ^ b, 0xc2b2ae3d) ^ c, 0x9e3779b1) >>> shift;
}
