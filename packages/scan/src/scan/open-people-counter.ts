import { createHmacFingerprinter, createPeopleCounter, type PeopleCounter, type PeopleStores, type StandardProfile } from '@piguard/core';

/** What the scan needs to count people: the fingerprint key, the standard, the document date. */
export interface PeopleCounting {
  secret: Uint8Array;
  profile: StandardProfile;
  now: Date;
  /** Where the counter keeps keys, record signatures and its person graph (in memory by default). */
  stores?: PeopleStores;
}

/** A people counter keyed with the scan's secret. */
export function openPeopleCounter(o: PeopleCounting): PeopleCounter {
  return createPeopleCounter({
    fingerprinter: createHmacFingerprinter(o.secret),
    profile: o.profile,
    now: o.now,
    ...(o.stores ? { stores: o.stores } : {}),
  });
}
