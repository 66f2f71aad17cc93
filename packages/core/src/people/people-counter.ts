import { PiguardError } from '../errors.js';
import type { Finding } from '../finding.js';
import { isValidLuhn } from '../checksums/luhn.js';
import { isMaskGlyph } from '../masking/mask-glyphs.js';
import { parseMaskedRic } from '../masking/masked-ric-pattern.js';
import { ricResidual } from '../masking/ric-residual.js';
import { ageAt, MINOR_AGE } from '../text/birth-date.js';
import type { StandardProfile } from '../taxonomy/taxonomy.js';
import { classOf, isPiType } from '../taxonomy/taxonomy.js';
import { CriminalTierTally } from './criminal-tiers.js';
import { fingerprintSpace, ownLinkValue } from './finding-fingerprint.js';
import { key64 } from './key-table.js';
import { MaskedRicJoiner, type NameShape } from './masked-ric-joiner.js';
import { normalizeIdentifier, PERSON_NAME } from './normalize-identifier.js';
import type { Fingerprinter, PeopleCounter, PeopleSummary, RecordInput, TypeCount } from './people-summary.js';
import { PERSON_FACE, PERSON_MINOR, PERSON_SENSITIVE } from './person-graph.js';
import { memoryPeopleStores, type PeopleStores } from './people-stores.js';
import { promoteRecord, promotionCause } from './record-promotion.js';
import { type PersonKey, peopleInRecord } from './record-keys.js';
import { baseBand, escalatedBand, thresholdsReached } from './scale-band.js';

/** Options of a people counter. */
export interface PeopleCounterOptions {
  /** Keyed one-way function for values (see `createHmacFingerprinter`). */
  fingerprint?: Fingerprinter;
  /** Alias of `fingerprint`. */
  fingerprinter?: Fingerprinter;
  /** The document date: ages of reconstructed ID numbers, the latest plausible birth date. */
  now?: Date;
  /** Standard deciding which types are sensitive (GB/T 45574-2025 by default). */
  profile?: StandardProfile;
  /** Where keys, record signatures and the person graph are kept (in memory by default). */
  stores?: PeopleStores;
}

const RIC_ENTITIES = new Set(['CN_RIC18', 'CN_RIC15']);
// Record signatures kept for duplicate detection (~21 bytes each); past this, records are no longer compared.
const MAX_RECORD_SIGNATURES = 50_000_000;
const NAME = 'PI.BASIC.NAME';
const MASKED_NAME = /[*＊×✱●•○#?_某]/;

// Entities whose masked forms the masked-form recognisers report (a glyph in them hides a digit); elsewhere a
// `_` or `#` is part of the value (zhang_san@qq.com, wxid_…).
const MASKABLE = new Set(['CN_RIC18', 'CN_RIC15', 'CN_MOBILE', 'BANK_CARD']);

// ASCII mask glyphs (* # ? _); every other glyph is outside ASCII. Digits and letters are ruled out by one
// comparison each: this runs for every ID number, mobile and card of a table scan.
const ASCII_GLYPH = new Uint8Array(128);
for (const c of '*#?_') ASCII_GLYPH[c.charCodeAt(0)] = 1;

function hasMask(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // The glyphs are all in the Basic Multilingual Plane: a code unit is a character here.
    if (c < 128 ? ASCII_GLYPH[c] === 1 : isMaskGlyph(value[i] as string)) return true;
  }
  return false;
}

// The one card number a single hidden digit allows: the Luhn check fixes it.
function completeCard(value: string): string | undefined {
  const cells = value.replace(/[ -]/g, '');
  const hidden = [...cells].filter((c) => !(c >= '0' && c <= '9'));
  if (hidden.length !== 1) return undefined;
  const at = cells.indexOf(hidden[0] as string);
  for (let d = 0; d <= 9; d++) {
    const v = cells.slice(0, at) + d + cells.slice(at + 1);
    if (isValidLuhn(v)) return v;
  }
  return undefined;
}

function nameShape(f: Finding, fingerprint: Fingerprinter): NameShape {
  const chars = Array.from(normalizeIdentifier(PERSON_NAME, f.value).value);
  const surname = fingerprint('SURNAME', chars[0] ?? '');
  if (!MASKED_NAME.test(f.value)) return { surname, length: chars.length, full: fingerprint(PERSON_NAME, f.value) };
  const masked = chars.map((c) => (MASKED_NAME.test(c) ? '*' : c)).join('');
  return f.value.includes('某') ? { surname, masked } : { surname, length: chars.length, masked };
}

/**
 * Links records to people and counts them (pi-taxonomy §7.3, DESIGN.md "People, not matches"): person keys
 * are keyed fingerprints of the strongest identifiers, records sharing a key are one person (union-find),
 * masked identifiers never link except where two masked copies reconstruct the number (§5.4). Memory grows
 * with people and distinct keys (typed arrays, ~60 bytes a key), not with findings; no raw value is kept
 * except masked ID copies as the documents showed them, for reconstruction.
 */
export function createPeopleCounter(options: PeopleCounterOptions): PeopleCounter {
  const given = options.fingerprint ?? options.fingerprinter;
  if (!given) throw new PiguardError('E_KEY_MISSING', 'createPeopleCounter needs a fingerprint function');
  const fingerprint: Fingerprinter = given;
  const now = options.now ?? new Date();
  const profile = options.profile ?? 'gb45574';
  const stores = options.stores ?? memoryPeopleStores;
  const table = stores.keys();
  const graph = stores.graph();
  const joiner = new MaskedRicJoiner(now, stores.maskedCopies?.());
  const tiers = new CriminalTierTally();
  const types = new Map<string, TypeCount>();
  let records = 0;
  let recordsWithPi = 0;
  let findings = 0;
  let reconstructed = 0;
  let duplicateRecords = 0;
  const seenRecords = stores.records();
  // Reconstructed findings of the current record and the node of the copy they were joined with.
  const pendingLinks: Array<[Finding, number]> = [];

  function nodeOf(fp: string, anchored: boolean): number {
    const [hi, lo] = key64(fp);
    const next = graph.nodeCount;
    const i = table.getOrInsert(hi, lo, next);
    if (i === next) graph.add(anchored);
    return i;
  }

  function count(f: Finding): void {
    let t = types.get(f.piType);
    if (!t) {
      const cls = isPiType(f.piType) ? classOf(f.piType, profile) : f.class;
      t = { piType: f.piType, class: cls, findings: 0, exposed: 0, partiallyMasked: 0, masked: 0, tokenized: 0 };
      types.set(f.piType, t);
    }
    t.findings++;
    if (f.state === 'exposed') t.exposed++;
    else if (f.state === 'partially_masked') t.partiallyMasked++;
    else if (f.state === 'masked') t.masked++;
    else t.tokenized++;
  }

  // Masked ID numbers: recover the one completion a checksum allows, or join with earlier copies.
  // `links` gets the recovered numbers (same index as `list`).
  function resolveMaskedIds(list: readonly Finding[], links: Array<string | undefined>): Array<[Finding, string, NameShape | undefined]> {
    const pending: Array<[Finding, string, NameShape | undefined]> = [];
    let names: Finding[] | undefined;
    for (let i = 0; i < list.length; i++) {
      const f = list[i] as Finding;
      if (!RIC_ENTITIES.has(f.entity) || !hasMask(f.value)) continue;
      const pattern = parseMaskedRic(f.value);
      if (pattern === undefined) continue;
      const own = ricResidual(pattern, now);
      if (own.candidates === 1 && own.completions) {
        links[i] = own.completions[0] as string;
        continue;
      }
      let nearestName: Finding | undefined;
      names ??= list.filter((n) => n.piType === NAME);
      for (const n of names) if (!nearestName || Math.abs(n.start - f.start) < Math.abs(nearestName.start - f.start)) nearestName = n;
      const shape = nearestName ? nameShape(nearestName, fingerprint) : undefined;
      const join = joiner.find(pattern, shape);
      if (join) {
        links[i] = join.value;
        reconstructed++;
        const y = Number(join.value.slice(6, 10));
        const age = ageAt(y, Number(join.value.slice(10, 12)), Number(join.value.slice(12, 14)), now);
        f.state = 'exposed';
        f.attributes = { ...f.attributes, reconstructed: true, residualCandidates: 1, age, minor: age < MINOR_AGE };
        f.explanation.notes = [
          ...(f.explanation.notes ?? []),
          'reconstructed: another masked copy of this number (same name, compatible digits) reveals it whole (pi-taxonomy §5.4)',
        ];
        pendingLinks.push([f, join.partnerNode]);
      }
      pending.push([f, pattern, shape]);
    }
    return pending;
  }

  function addRecord(record: RecordInput): void {
    records++;
    const list = record.findings;
    if (list.length === 0) return;
    recordsWithPi++;
    findings += list.length;
    // Each finding's linkable value (same index as `list`), worked out once: the value when exposed, the recovered
    // number of a masked one that only one number fits, the token itself; undefined for masked values, which
    // never link. An array by index, not a map by finding: this runs for every record of a table.
    const links = new Array<string | undefined>(list.length).fill(undefined);
    pendingLinks.length = 0;
    const maskedIds = resolveMaskedIds(list, links);
    const cause = promotionCause(list, profile);
    if (cause) promoteRecord(list, cause);
    let proven = false;
    for (let i = 0; i < list.length; i++) {
      const f = list[i] as Finding;
      if (links[i] !== undefined) {
        proven = true;
        continue;
      }
      if (f.state === 'masked' || f.state === 'partially_masked') continue;
      if (f.state === 'tokenized') links[i] = f.value.toLowerCase();
      else if (!MASKABLE.has(f.entity) || !hasMask(f.value)) links[i] = f.value;
      else if (f.entity === 'BANK_CARD') links[i] = completeCard(f.value);
      if (links[i] !== undefined) proven = true;
    }
    const given = record.fingerprints;
    // A reconstructed finding changed state here: its fingerprint from the worker is of the masked form.
    const reconstructedHere = pendingLinks.length > 0 ? new Set(pendingLinks.map(([f]) => f)) : undefined;
    for (let i = 0; i < list.length; i++) {
      const f = list[i] as Finding;
      const input = links[i] ?? f.value;
      const known = given?.[i];
      f.fingerprint =
        known !== undefined && input === ownLinkValue(f) && !reconstructedHere?.has(f) ? known : fingerprint(fingerprintSpace(f), input);
      count(f);
    }
    // A record that repeats an earlier one value for value is a proven duplicate: one record (条), not two.
    // Masked values alone prove nothing (two people can share 110105********002X), so such records never are.
    // The signature is made only where it is compared.
    if (proven && seenRecords.size < MAX_RECORD_SIGNATURES) {
      const signature = list
        .map((f) => f.fingerprint as string)
        .sort()
        .join(' ');
      const [hi, lo] = key64(signature);
      const recordIndex = seenRecords.size;
      if (seenRecords.getOrInsert(hi, lo, recordIndex) === recordIndex) tiers.addRecord(list);
      else duplicateRecords++;
    } else tiers.addRecord(list);
    // Which person's node each finding went to: needed only to link reconstructed and masked ID copies.
    const nodeByFinding = pendingLinks.length > 0 || maskedIds.length > 0 ? new Map<Finding, number>() : undefined;
    for (const person of peopleInRecord(list, links, fingerprint)) {
      // Sorted in place (the keys are this call's own; the sort is stable, as a sorted copy was).
      const keys = person.keys.sort((a, b) => a.tier - b.tier);
      const first = keys[0];
      const node = first ? nodeOf(first.fingerprint, first.tier === 0) : graph.add(false);
      for (let k = 1; k < keys.length; k++) {
        const key = keys[k] as PersonKey;
        graph.union(node, nodeOf(key.fingerprint, key.tier === 0));
      }
      let bits = cause ? PERSON_SENSITIVE : 0;
      for (const f of person.findings) {
        if (f.attributes.minor === true) bits |= PERSON_MINOR;
        if (f.piType === 'SPI.BIO.FACE') bits |= PERSON_FACE;
        nodeByFinding?.set(f, node);
      }
      if (bits) graph.mark(node, bits);
    }
    if (nodeByFinding) {
      for (const [f, partner] of pendingLinks) {
        const node = nodeByFinding.get(f);
        if (node !== undefined) graph.union(node, partner);
      }
      for (const [f, pattern, shape] of maskedIds) {
        const node = nodeByFinding.get(f);
        if (node !== undefined) joiner.add(pattern, shape, node);
      }
    }
  }

  function summary(): PeopleSummary {
    const people = graph.people;
    const sensitive = graph.countWith(PERSON_SENSITIVE);
    const minors = graph.countWith(PERSON_MINOR);
    const base = baseBand(people);
    return {
      records,
      recordsWithPi,
      findings,
      byType: [...types.values()].map((t) => ({ ...t })).sort((a, b) => b.findings - a.findings || a.piType.localeCompare(b.piType)),
      people: { distinct: people, sensitive, minors },
      scale: {
        band: escalatedBand(base, sensitive, minors),
        baseBand: base,
        thresholds: thresholdsReached({ people, sensitivePeople: sensitive, minors, facePeople: graph.countWith(PERSON_FACE) }),
      },
      criminalTiers: tiers.counts(),
      duplicateRecords,
      window: { from: `${now.getUTCFullYear()}-01-01`, to: now.toISOString().slice(0, 10) },
      reconstructed,
      ...(joiner.dropped > 0 ? { maskedCopiesDropped: joiner.dropped } : {}),
    };
  }

  return { addRecord, summary };
}
