import { KeyTable } from './key-table.js';
import type { MaskedCopyStore } from './masked-copy-store.js';
import { PersonGraph } from './person-graph.js';

/** An index from 64-bit keys (two 32-bit halves) to dense indices 0, 1, 2… (see KeyTable). */
export interface KeyIndex {
  readonly size: number;
  /** The index of a key, inserting it with `next` (the caller's next dense index) when absent. */
  getOrInsert(hi: number, lo: number, next: number): number;
}

/** Union-find over identifier nodes, one component a person (see PersonGraph). */
export interface PersonGraphStore {
  readonly nodeCount: number;
  readonly people: number;
  add(anchored: boolean): number;
  union(a: number, b: number): boolean;
  mark(i: number, bits: number): void;
  countWith(bits: number): number;
}

/**
 * Where a people counter keeps what grows with distinct people: its key index, its record signatures and
 * its person graph. In memory by default; a scan of millions of people passes stores that spill to disk past
 * a bound (core does no I/O), with the same semantics, so that the counts stay exact.
 */
export interface PeopleStores {
  keys(): KeyIndex;
  records(): KeyIndex;
  graph(): PersonGraphStore;
  /** Masked ID copies kept for reconstruction (§5.4); in memory, capped, when absent. */
  maskedCopies?(): MaskedCopyStore;
}

/** The in-memory stores (typed arrays; ~60 bytes a key). */
export const memoryPeopleStores: PeopleStores = {
  keys: () => new KeyTable(),
  records: () => new KeyTable(),
  graph: () => new PersonGraph(),
};
