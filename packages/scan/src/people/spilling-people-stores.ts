import type { PeopleStores } from '@piguard/core';
import { SpillFile } from './spill-file.js';
import { SpillingKeyIndex } from './spilling-key-index.js';
import { MASKED_COPIES_IN_MEMORY, SpillingMaskedCopies } from './spilling-masked-copies.js';
import { SpillingPersonGraph } from './spilling-person-graph.js';

/**
 * Keys, record signatures and person-graph nodes held in memory before the rest spills to a temporary
 * SQLite file: 0.75 × 2^21, the most a KeyTable holds at 2^21 slots (24 MB) before it would double. At that
 * bound the counter holds about 65 MB (24 MB of keys, 24 of record signatures, 15 of nodes), plus 16 MB of
 * bit filters and SQLite's 16 MB page cache once it spills, whatever the number of people. In memory alone
 * it took about 118 bytes a person (1M people: 112 MB, and more for a moment each time a table doubles).
 */
export const PEOPLE_IN_MEMORY = 1_572_864;

/** People stores that spill past `bound` entries each; `close` deletes the spill file. */
export interface ClosablePeopleStores extends PeopleStores {
  /** True once anything went to disk. */
  readonly spilled: boolean;
  close(): void;
}

/** Stores for one people counter (each of keys, records, graph and masked copies is made once). */
export function spillingPeopleStores(bound = PEOPLE_IN_MEMORY): ClosablePeopleStores {
  const file = new SpillFile();
  return {
    keys: () => new SpillingKeyIndex(file, 'person_keys', bound),
    records: () => new SpillingKeyIndex(file, 'record_signatures', bound),
    graph: () => new SpillingPersonGraph(file, bound),
    maskedCopies: () => new SpillingMaskedCopies(file, Math.min(bound, MASKED_COPIES_IN_MEMORY)),
    get spilled() {
      return file.used;
    },
    close: () => file.close(),
  };
}
