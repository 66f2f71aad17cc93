// Memory and speed of the people counter: `node --expose-gc --import tsx bench/people-counter-memory.ts 1000000 [memory|spill|BOUND]`.
// One record per person with a name, a resident ID number and a mobile (three person keys), all generated.
// `memory` (the default) keeps everything in core's typed arrays; `spill` uses the scan's stores, which hold
// PEOPLE_IN_MEMORY entries each and put the rest in a temporary SQLite file; a number sets that bound.
import { readFileSync } from 'node:fs';
import { createHmacFingerprinter, createPeopleCounter, type Finding } from '@piguard/core';
import { findingOf, generateRic18 } from '@piguard/core/testing';
import { spillingPeopleStores } from '../packages/scan/src/people/spilling-people-stores.js';

const people = Number(process.argv[2] ?? 1_000_000);
const mode = process.argv[3] ?? 'memory';
const stores = mode === 'memory' ? undefined : spillingPeopleStores(mode === 'spill' ? undefined : Number(mode));
const counter = createPeopleCounter({
  fingerprint: createHmacFingerprinter(new Uint8Array(32).fill(3)),
  now: new Date('2026-01-15'),
  ...(stores ? { stores } : {}),
});

const finding = (piType: string, entity: string, value: string, start: number): Finding => findingOf({ piType, entity, value, start });

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const t0 = performance.now();
for (let i = 0; i < people; i++) {
  const region = `11${String(Math.floor(i / 1000) % 10000).padStart(4, '0')}`;
  const birth = `198001${String(1 + (Math.floor(i / 1e7) % 28)).padStart(2, '0')}`;
  const id = generateRic18(region, birth, String(i % 1000).padStart(3, '0'));
  counter.addRecord({
    source: 'bench',
    findings: [
      finding('PI.BASIC.NAME', 'PERSON', `张${i}`, 0),
      finding('PI.ID.RIC', 'CN_RIC18', id, 10),
      finding('PI.BASIC.PHONE', 'CN_MOBILE', `13${String(i).padStart(9, '0')}`, 40),
    ],
  });
}
const seconds = (performance.now() - t0) / 1000;
gc?.();
const after = process.memoryUsage();
const retained = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
const summary = counter.summary();
const spilled = stores?.spilled ?? false;
stores?.close();
const peakRssMb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
console.log(
  JSON.stringify({
    mode,
    spilled,
    people: summary.people.distinct,
    seconds: Number(seconds.toFixed(1)),
    recordsPerSecond: Math.round(people / seconds),
    retainedMB: Number((retained / 2 ** 20).toFixed(1)),
    bytesPerPerson: Math.round(retained / summary.people.distinct),
    peakRssMb: Math.round(peakRssMb),
  }),
);
