// Memory and speed of the masked-ID joiner at scale:
// `node --expose-gc --import tsx bench/masked-copies-memory.ts 2000000 [memory|spill|scan|BOUND]`.
// Each record holds a masked resident ID number (generated, valid) beside a name: whole (90 %), masked (张**,
// 5 %) or none (5 %), 1,000 surnames. Person p shows the first 14 digits at record 2p and the first 6 and last 4
// at record 2(p + LAG) + 1, so that about half the copies reconstruct a number with a copy LAG persons before.
// `memory` keeps every copy in core's store (uncapped, to see what it would need); `spill` keeps the people
// stores in memory and the copies in SpillingMaskedCopies (MASKED_COPIES_IN_MEMORY in memory, a number sets
// that bound); `scan` uses spillingPeopleStores as `piguard scan` does.
import { readFileSync } from 'node:fs';
import {
  createHmacFingerprinter,
  createPeopleCounter,
  type Finding,
  MemoryMaskedCopies,
  memoryPeopleStores,
  type PeopleStores,
} from '@piguard/core';
import { findingOf, generateRic18 } from '@piguard/core/testing';
import { SpillFile } from '../packages/scan/src/people/spill-file.js';
import { MASKED_COPIES_IN_MEMORY, SpillingMaskedCopies } from '../packages/scan/src/people/spilling-masked-copies.js';
import { spillingPeopleStores } from '../packages/scan/src/people/spilling-people-stores.js';

const copies = Number(process.argv[2] ?? 2_000_000);
const mode = process.argv[3] ?? 'memory';
const LAG = Math.min(300_000, Math.floor(copies / 8));
const SURNAMES = 1000;
const PROVINCES = [
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65,
];

const file = new SpillFile();
const scanStores = mode === 'scan' ? spillingPeopleStores() : undefined;
const stores: PeopleStores =
  mode === 'memory'
    ? { ...memoryPeopleStores, maskedCopies: () => new MemoryMaskedCopies(Number.POSITIVE_INFINITY) }
    : (scanStores ?? {
        ...memoryPeopleStores,
        maskedCopies: () => new SpillingMaskedCopies(file, mode === 'spill' ? MASKED_COPIES_IN_MEMORY : Number(mode)),
      });
const counter = createPeopleCounter({
  fingerprint: createHmacFingerprinter(new Uint8Array(32).fill(3)),
  now: new Date('2026-01-15'),
  stores,
});

const cjk = (i: number): string => String.fromCharCode(0x4e00 + i);
function person(p: number): { id: string; name: string | undefined } {
  const region = `${PROVINCES[p % PROVINCES.length]}${String(100 + (Math.floor(p / 31) % 900)).padStart(4, '0')}`;
  const birth = `${1940 + (Math.floor(p / 27_000) % 70)}${String(1 + (p % 12)).padStart(2, '0')}${String(1 + (Math.floor(p / 12) % 28)).padStart(2, '0')}`;
  const id = generateRic18(region, birth, String(Math.floor(p / 336) % 1000).padStart(3, '0'));
  const shown = p % 20;
  if (shown === 0) return { id, name: undefined };
  const full = `${cjk(p % SURNAMES)}${cjk(1000 + (Math.floor(p / SURNAMES) % 5000))}${cjk(6000 + (Math.floor(p / (SURNAMES * 5000)) % 5000))}`;
  return { id, name: shown === 1 ? `${full[0]}**` : full };
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let r = 0; r < copies; r++) {
  const p = r % 2 === 0 ? r / 2 : (r - 1) / 2 - LAG;
  const { id, name } = person(p < 0 ? copies + r : p);
  const value = r % 2 === 0 || p < 0 ? `${id.slice(0, 14)}****` : `${id.slice(0, 6)}********${id.slice(14)}`;
  const findings: Finding[] = [findingOf({ piType: 'PI.ID.RIC', entity: 'CN_RIC18', value, start: 10, state: 'masked' })];
  if (name)
    findings.push(findingOf({ piType: 'PI.BASIC.NAME', entity: 'PERSON', value: name, state: name.includes('*') ? 'masked' : 'exposed' }));
  counter.addRecord({ source: 'bench', findings });
}
const seconds = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
gc?.();
const after = process.memoryUsage();
const retained = after.heapUsed + after.arrayBuffers - before.heapUsed - before.arrayBuffers;
const summary = counter.summary();
const spilled = file.used || (scanStores?.spilled ?? false);
file.close();
scanStores?.close();
const peakRssMb = Number(/VmHWM:\s+(\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0) / 1024;
console.log(
  JSON.stringify({
    mode,
    copies,
    spilled,
    reconstructed: summary.reconstructed,
    people: summary.people.distinct,
    dropped: summary.maskedCopiesDropped ?? 0,
    seconds: Number(seconds.toFixed(1)),
    cpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    retainedMB: Number((retained / 2 ** 20).toFixed(1)),
    peakRssMb: Math.round(peakRssMb),
  }),
);
