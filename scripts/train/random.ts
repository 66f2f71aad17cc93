/** A seeded PRNG (mulberry32), so that training data and weights are reproducible byte for byte. */
export interface Rng {
  next(): number;
  int(n: number): number;
  pick(xs: string): string;
  pick<T>(xs: readonly T[]): T;
  chance(p: number): boolean;
}

/** A deterministic generator from a 32-bit seed. */
export function createRng(seed: number): Rng {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number): number => Math.floor(next() * n);
  return {
    next,
    int,
    pick: <T>(xs: readonly T[] | string) => xs[int(xs.length)] as T & string,
    chance: (p) => next() < p,
  };
}
