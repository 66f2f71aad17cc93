import { describe, expect, it } from 'vitest';
import { generateRic18 } from '../testing/generate-identifiers.js';
import { maskedRic, personName } from './finding-fixture.js';
import { createHmacFingerprinter } from './hmac-fingerprinter.js';
import { MemoryMaskedCopies } from './memory-masked-copies.js';
import { createPeopleCounter } from './people-counter.js';
import { memoryPeopleStores } from './people-stores.js';

const now = new Date('2026-01-15T00:00:00Z');
const counter = (capacity?: number) =>
  createPeopleCounter({
    fingerprint: createHmacFingerprinter(new Uint8Array(32).fill(4)),
    now,
    ...(capacity === undefined ? {} : { stores: { ...memoryPeopleStores, maskedCopies: () => new MemoryMaskedCopies(capacity) } }),
  });

// Three people, each shown twice with complementary masks (first 14 digits, then first 6 and last 4).
const ids = [1, 2, 3].map((i) => generateRic18('110105', `1980020${i}`, `01${i}`));
const names = ['张伟', '李娜', '王芳'];
const feed = (c: ReturnType<typeof counter>): void => {
  ids.forEach((id, i) => c.addRecord({ source: 'a', findings: [personName(names[i] as string), maskedRic(`${id.slice(0, 14)}****`, 5)] }));
  ids.forEach((id, i) =>
    c.addRecord({ source: 'b', findings: [personName(names[i] as string), maskedRic(`${id.slice(0, 6)}********${id.slice(14)}`, 5)] }),
  );
};

describe('MemoryMaskedCopies', () => {
  it('joins every pair when nothing is dropped, and reports no drop', () => {
    const c = counter();
    feed(c);
    const s = c.summary();
    expect(s.reconstructed).toBe(3);
    expect(s.maskedCopiesDropped).toBeUndefined();
  });

  it('counts the copies a full store did not keep, and the joins with them are lost', () => {
    const c = counter(2);
    feed(c);
    const s = c.summary();
    // The first two copies are kept; the third person's first copy and all three later copies are dropped.
    expect(s.maskedCopiesDropped).toBe(4);
    expect(s.reconstructed).toBe(2);
  });
});
