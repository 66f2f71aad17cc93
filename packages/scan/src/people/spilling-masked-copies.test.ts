import {
  createHmacFingerprinter,
  createPeopleCounter,
  type Finding,
  type MaskedCopy,
  MemoryMaskedCopies,
  namesAgree,
  type NameShape,
  type PeopleStores,
} from '@piguard/core';
import { findingOf, generateRic18, seededRandom } from '@piguard/core/testing';
import { describe, expect, it } from 'vitest';
import { SpillFile } from './spill-file.js';
import { SpillingMaskedCopies } from './spilling-masked-copies.js';
import { spillingPeopleStores } from './spilling-people-stores.js';

const NOW = new Date('2026-06-01');

const pick = <T>(next: () => number, list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;

// Display masks of an 18-digit number: pairs of them (first 14 + last 4, first 10 + last 6…) reveal it whole.
const MASKS: ReadonlyArray<(id: string) => string> = [
  (id) => `${id.slice(0, 14)}****`,
  (id) => `${id.slice(0, 6)}********${id.slice(14)}`,
  (id) => `${id.slice(0, 10)}********`,
  (id) => `************${id.slice(12)}`,
  (id) => `${id.slice(0, 15)}***`,
];

const SURNAMES = ['张', '李', '王', '刘', '陈'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '强', '磊', '军'];

interface Person {
  id: string;
  name: string;
}

/**
 * Records of masked ID numbers of `people` generated people beside their names (whole, masked 张*三 / 张* /
 * 张某, or none), some with the exposed number and a mobile. Names repeat across people (8 given names a
 * surname), so some joins meet copies of another person's number under the same name and are refused.
 */
function generate(people: number, records: number, seed: number): Finding[][] {
  const next = seededRandom(seed);
  const persons: Person[] = Array.from({ length: people }, (_, i) => ({
    id: generateRic18(
      `11${String(100 + (i % 900)).padStart(4, '0')}`,
      `${1950 + (i % 60)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`,
      String(Math.floor(i / 900) % 1000).padStart(3, '0'),
    ),
    name: `${pick(next, SURNAMES)}${pick(next, GIVEN)}${next() < 0.5 ? pick(next, GIVEN) : ''}`,
  }));
  const out: Finding[][] = [];
  for (let r = 0; r < records; r++) {
    const p = pick(next, persons);
    const list: Finding[] = [];
    const shown = next();
    const chars = Array.from(p.name);
    if (shown < 0.55) list.push(findingOf({ piType: 'PI.BASIC.NAME', entity: 'PERSON', value: p.name }));
    else if (shown < 0.85) {
      const masked =
        shown < 0.65
          ? `${chars[0]}某`
          : shown < 0.75
            ? `${chars[0]}${'*'.repeat(chars.length - 1)}`
            : `${chars[0]}*${chars.slice(2).join('')}`;
      list.push(findingOf({ piType: 'PI.BASIC.NAME', entity: 'PERSON', value: masked, state: 'masked' }));
    }
    if (next() < 0.1) {
      list.push(findingOf({ piType: 'PI.ID.RIC', entity: 'CN_RIC18', value: p.id, start: 10 }));
      list.push(findingOf({ piType: 'PI.BASIC.PHONE', entity: 'CN_MOBILE', value: `139${p.id.slice(8, 16)}`, start: 40 }));
    } else list.push(findingOf({ piType: 'PI.ID.RIC', entity: 'CN_RIC18', value: pick(next, MASKS)(p.id), start: 10, state: 'masked' }));
    out.push(list);
  }
  return out;
}

function count(records: Finding[][], stores?: PeopleStores) {
  const counter = createPeopleCounter({
    fingerprint: createHmacFingerprinter(new Uint8Array(32).fill(9)),
    now: NOW,
    ...(stores ? { stores } : {}),
  });
  const copies = records.map((list) => list.map((f) => ({ ...f, attributes: { ...f.attributes }, explanation: { ...f.explanation } })));
  for (const findings of copies) counter.addRecord({ source: 'generated', findings });
  // What reconstruction did to each finding, record by record.
  const findings = copies.map((list) => list.map((f) => [f.state, f.fingerprint, f.attributes.reconstructed ?? false]));
  return { summary: counter.summary(), findings };
}

describe('SpillingMaskedCopies', () => {
  it('reconstructs exactly as in memory when a bound of 50 sends most copies to disk', () => {
    const records = generate(400, 4000, 21);
    const stores = spillingPeopleStores(50);
    let spilled: ReturnType<typeof count>;
    try {
      spilled = count(records, stores);
      expect(stores.spilled).toBe(true);
    } finally {
      stores.close();
    }
    const memory = count(records);
    expect(spilled).toEqual(memory);
    expect(memory.summary.reconstructed).toBeGreaterThan(200);
    expect(memory.summary.maskedCopiesDropped).toBeUndefined();
  });

  it('keeps the comparison guard: a group over 20,000 copies is not searched, in memory or spilled', () => {
    const id = generateRic18('110105', '19900315', '123');
    // Other people's copies with the first 14 digits shown, then the partner's, then the other half.
    const records = (others: number): Finding[][] => [
      ...Array.from({ length: others }, (_, i) => [
        findingOf({
          piType: 'PI.ID.RIC',
          entity: 'CN_RIC18',
          value: `${generateRic18('320102', '19850101', String(i % 1000).padStart(3, '0')).slice(0, 14)}****`,
          state: 'masked',
        }),
      ]),
      [findingOf({ piType: 'PI.ID.RIC', entity: 'CN_RIC18', value: `${id.slice(0, 14)}****`, state: 'masked' })],
      [findingOf({ piType: 'PI.ID.RIC', entity: 'CN_RIC18', value: `${id.slice(0, 6)}********${id.slice(14)}`, state: 'masked' })],
    ];
    for (const [others, joined] of [
      [19_999, 1],
      [20_000, 0],
    ] as const) {
      const stores = spillingPeopleStores(50);
      try {
        expect(count(records(others), stores).summary.reconstructed).toBe(joined);
      } finally {
        stores.close();
      }
      expect(count(records(others)).summary.reconstructed).toBe(joined);
    }
  });

  it('gives the same groups and the same copies, newest first, as one memory store', () => {
    const next = seededRandom(5);
    const file = new SpillFile();
    const spilling = new SpillingMaskedCopies(file, 50);
    const memory = new MemoryMaskedCopies();
    const buckets = ['', 's1', 's2', 's3'];
    const masks = [0x3fff, 0x3fc3f, 0x3ff, 0x3f000, 0x7fff];
    const nameOf = (bucket: string): NameShape | undefined => {
      if (bucket === '') return undefined;
      const r = next();
      if (r < 0.5) return { surname: bucket, length: 2, full: `f${Math.floor(next() * 4)}` };
      if (r < 0.8) return { surname: bucket, length: 2, masked: next() < 0.5 ? `x*` : `**` };
      return { surname: bucket, masked: 'x*' };
    };
    // Patterns of a mask whose first four shown digits vary (1 or 2): some copies can join, some cannot.
    const patternOf = (mask: number): string =>
      Array.from({ length: 18 }, (_, i) => (mask & (1 << i) ? (i < 4 && next() < 0.5 ? '2' : '1') : '?')).join('');
    const compatible = (a: string, b: string): boolean => [...a].every((x, i) => x === '?' || b[i] === '?' || x === b[i]);
    try {
      for (let i = 0; i < 600; i++) {
        const bucket = pick(next, buckets);
        const mask = pick(next, masks);
        const copy: MaskedCopy = { pattern: patternOf(mask), node: i };
        const name = nameOf(bucket);
        if (name) copy.name = name;
        spilling.add(bucket, mask, copy);
        memory.add(bucket, mask, copy);
      }
      expect(spilling.size).toBe(600);
      let joinable = 0;
      for (const bucket of buckets) {
        const groups = (store: MemoryMaskedCopies | SpillingMaskedCopies) => store.groups(bucket).map((g) => [g.mask, g.count]);
        expect(groups(spilling)).toEqual(groups(memory));
        for (const [i, g] of spilling.groups(bucket).entries()) {
          const m = memory.groups(bucket)[i];
          for (let q = 0; q < 6; q++) {
            const query = nameOf(bucket);
            const pattern = patternOf(pick(next, masks));
            const seen = (store: MemoryMaskedCopies | SpillingMaskedCopies, group: typeof g): MaskedCopy[] => {
              const out: MaskedCopy[] = [];
              store.scan(group, pattern, query, (c) => {
                if (namesAgree(c.name, query) && compatible(c.pattern, pattern)) out.push(c);
                return true;
              });
              return out;
            };
            const found = seen(memory, m as typeof g);
            expect(seen(spilling, g)).toEqual(found);
            joinable += found.length;
          }
        }
      }
      expect(joinable).toBeGreaterThan(100);
    } finally {
      file.close();
    }
  });
});
