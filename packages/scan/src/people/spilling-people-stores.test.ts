import { existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHmacFingerprinter, createPeopleCounter, type Finding, type PeopleStores } from '@piguard/core';
import { findingOf, generateRic18, seededRandom } from '@piguard/core/testing';
import { describe, expect, it } from 'vitest';
import { spillingPeopleStores } from './spilling-people-stores.js';

const NOW = new Date('2026-06-01');

// The core's own fixture: a finding as a recogniser would report it.
const finding = (piType: string, entity: string, value: string, start: number, attributes: Finding['attributes'] = {}): Finding =>
  findingOf({ piType, entity, value, start, attributes });

interface Person {
  ric: string;
  mobile: string;
  name: string;
  minor: boolean;
}

/**
 * Generated records of `people` people: most with ID, name and mobile; some with only a mobile and a name
 * (they link through the mobile), some repeated value for value, some sharing a family phone with another
 * person (two ID numbers: never merged), some with a face image. Returns the records and the people.
 */
function generate(people: number, records: number, seed: number): { records: Finding[][]; persons: Person[] } {
  const next = seededRandom(seed);
  const persons: Person[] = Array.from({ length: people }, (_, i) => {
    const minor = i % 17 === 0;
    const birth = `${minor ? 2018 : 1960 + (i % 40)}${String((i % 12) + 1).padStart(2, '0')}${String((i % 28) + 1).padStart(2, '0')}`;
    return {
      ric: generateRic18(`11${String(i % 10000).padStart(4, '0')}`, birth, String(Math.floor(i / 10000) % 1000).padStart(3, '0')),
      mobile: `13${String(100_000_000 + i * 37).slice(-9)}`,
      name: `测试${i}`,
      minor,
    };
  });
  const out: Finding[][] = [];
  for (let r = 0; r < records; r++) {
    const p = persons[Math.floor(next() * people)] as Person;
    const kind = next();
    if (kind < 0.1 && out.length > 0) {
      out.push((out[Math.floor(next() * out.length)] as Finding[]).map((f) => ({ ...f, attributes: { ...f.attributes } })));
      continue;
    }
    const list = [finding('PI.BASIC.NAME', 'PERSON', p.name, 0)];
    if (kind < 0.3) list.push(finding('PI.BASIC.PHONE', 'CN_MOBILE', p.mobile, 10));
    else {
      list.push(finding('PI.ID.RIC', 'CN_RIC18', p.ric, 10, p.minor ? { minor: true } : {}));
      const family = kind < 0.4 ? persons[Math.floor(next() * people)] : undefined;
      list.push(finding('PI.BASIC.PHONE', 'CN_MOBILE', (family ?? p).mobile, 40));
      if (kind > 0.95) list.push(finding('SPI.BIO.FACE', 'FACE_IMAGE', `face-${p.ric}`, 60));
    }
    out.push(list);
  }
  return { records: out, persons };
}

function count(records: Finding[][], stores?: PeopleStores) {
  const counter = createPeopleCounter({
    fingerprint: createHmacFingerprinter(new Uint8Array(32).fill(5)),
    now: NOW,
    ...(stores ? { stores } : {}),
  });
  for (const findings of records)
    counter.addRecord({ source: 'generated', findings: findings.map((f) => ({ ...f, attributes: { ...f.attributes } })) });
  return counter.summary();
}

const spillDirs = (): string[] => readdirSync(tmpdir()).filter((d) => d.startsWith('piguard-people-'));

describe('spillingPeopleStores', () => {
  it('counts exactly as in memory when a small bound sends most keys, signatures and nodes to disk', () => {
    const { records } = generate(1500, 6000, 7);
    const before = new Set(spillDirs());
    const stores = spillingPeopleStores(100);
    const spilled = count(records, stores);
    expect(stores.spilled).toBe(true);
    const created = spillDirs().filter((d) => !before.has(d));
    expect(created).toHaveLength(1);
    stores.close();
    expect(existsSync(`${tmpdir()}/${created[0]}`)).toBe(false);

    const memory = count(records);
    expect(spilled).toEqual(memory);
    expect(memory.people.distinct).toBeGreaterThan(1000);
    expect(memory.people.minors).toBeGreaterThan(0);
    expect(memory.duplicateRecords).toBeGreaterThan(0);
  });

  it('counts each generated ID number once, with or without a spill', () => {
    // Records with an ID number and a mobile of their own: the people are the distinct ID numbers.
    const { records } = generate(800, 3000, 11);
    const own = records.filter((list) => list.some((f) => f.entity === 'CN_RIC18') && list.every((f) => f.entity !== 'FACE_IMAGE'));
    const ids = new Map<string, string>();
    const linked = own.filter((list) => {
      const ric = list.find((f) => f.entity === 'CN_RIC18')?.value as string;
      const mobile = list.find((f) => f.entity === 'CN_MOBILE')?.value as string;
      // Keep a record only when its mobile is this person's alone, so that the ID numbers are the truth.
      const holder = ids.get(mobile) ?? ric;
      ids.set(mobile, holder);
      return holder === ric;
    });
    const distinct = new Set(linked.map((list) => list.find((f) => f.entity === 'CN_RIC18')?.value)).size;
    const stores = spillingPeopleStores(50);
    try {
      expect(count(linked, stores).people.distinct).toBe(distinct);
      expect(stores.spilled).toBe(true);
    } finally {
      stores.close();
    }
    expect(count(linked).people.distinct).toBe(distinct);
  });

  it('never touches the disk below the bound', () => {
    const { records } = generate(50, 200, 3);
    const stores = spillingPeopleStores(10_000);
    expect(count(records, stores)).toEqual(count(records));
    expect(stores.spilled).toBe(false);
    stores.close();
  });
});
