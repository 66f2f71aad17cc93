import type { Finding } from '../finding.js';
import type { Fingerprinter } from './people-summary.js';

/**
 * Strength of a person key (pi-taxonomy §7.3): 0 resident ID > 1 passport/permit > 2 name+mobile > 3 name+address >
 * 4 one contact > 5 a name alone, used only in records that hold nothing but names.
 */
export type KeyTier = 0 | 1 | 2 | 3 | 4 | 5;

/** A key that identifies one person, as a keyed fingerprint, with where it stands in the record. */
export interface PersonKey {
  tier: KeyTier;
  /** The entity (or pairing) the key was made from: keys of one kind and tier tell people apart. */
  kind: string;
  fingerprint: string;
  /** Start offset of the finding the key came from, to tell apart several people in one record. */
  pos: number;
}

/** The keys and findings of one person of a record. */
export interface PersonInRecord {
  keys: PersonKey[];
  /** The record's own list when it is one person (not a copy). */
  findings: readonly Finding[];
}

const RIC_ENTITIES = new Set(['CN_RIC18', 'CN_RIC15', 'HKMT_RESIDENCE_PERMIT']);
const CONTACT_TYPES = new Set(['PI.BASIC.EMAIL', 'SPI.FIN.CARD', 'SPI.FIN.ACCOUNT_OTHER', 'PI.NET.ACCOUNT']);
const NAME = 'PI.BASIC.NAME';
const PHONE = 'PI.BASIC.PHONE';
const ADDRESS = 'PI.BASIC.ADDRESS';
// Landlines are shared by households and offices: no person key on their own or with a name.
const SHARED_PHONES = new Set(['CN_LANDLINE']);

/** True for findings that point at one person even when masked: identifiers, names, contacts, accounts. */
export function identifiesPerson(f: Finding): boolean {
  return f.piType.startsWith('PI.ID.') || f.piType === NAME || f.piType === PHONE || CONTACT_TYPES.has(f.piType);
}

function tierOf(f: Finding): KeyTier | undefined {
  // A token (an unsalted hash) stands for one value, so it links; but it is not the number, so it anchors nothing.
  if (f.state === 'tokenized') return 4;
  if (RIC_ENTITIES.has(f.entity)) return 0;
  if (f.piType.startsWith('PI.ID.')) return 1;
  if (f.piType === PHONE && !SHARED_PHONES.has(f.entity)) return 4;
  if (CONTACT_TYPES.has(f.piType)) return 4;
  return undefined;
}

function nearest<T extends { pos: number }>(items: readonly T[], pos: number): T | undefined {
  let best: T | undefined;
  for (const it of items) if (!best || Math.abs(it.pos - pos) < Math.abs(best.pos - pos)) best = it;
  return best;
}

/**
 * Splits a record into the people it names. `linkValues` gives, by index, the full value a finding may be linked by (the
 * value of an exposed finding, the recovered number of a reconstructed one) or undefined for masked ones,
 * which never link. One person when the strongest tier holds one key; several (a guardian and a child, a
 * paragraph listing two people) when it holds several, each other key and finding going to the nearest one.
 * A record with identifying findings but no key is one person that cannot be linked.
 */
export function peopleInRecord(
  findings: readonly Finding[],
  linkValues: readonly (string | undefined)[],
  fingerprint: Fingerprinter,
): PersonInRecord[] {
  const keys: PersonKey[] = [];
  const names: Array<{ pos: number; fp: string }> = [];
  const mobiles: Array<{ pos: number; fp: string }> = [];
  const addresses: Array<{ pos: number; fp: string }> = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i] as Finding;
    const v = linkValues[i];
    if (v === undefined) continue;
    const kind = f.state === 'tokenized' ? `${f.entity}#TOKEN` : f.entity;
    // The counter has fingerprinted the finding already (same namespace, same value): one HMAC per finding.
    const fp = f.fingerprint ?? fingerprint(kind, v);
    if (f.piType === NAME) names.push({ pos: f.start, fp });
    else if (f.piType === ADDRESS) addresses.push({ pos: f.start, fp });
    const tier = tierOf(f);
    if (tier === undefined) continue;
    keys.push({ tier, kind, fingerprint: fp, pos: f.start });
    if (f.piType === PHONE && f.state !== 'tokenized') mobiles.push({ pos: f.start, fp });
  }
  // Pair keys combine the parts' keyed fingerprints: as one-way as an HMAC of the pair, without another HMAC.
  for (const n of names) {
    const m = nearest(mobiles, n.pos);
    if (m) keys.push({ tier: 2, kind: 'NAME_MOBILE', fingerprint: `NM:${n.fp}:${m.fp}`, pos: n.pos });
    const a = nearest(addresses, n.pos);
    if (a) keys.push({ tier: 3, kind: 'NAME_ADDRESS', fingerprint: `NA:${n.fp}:${a.fp}`, pos: n.pos });
  }
  // Prose that only names people (a news paragraph mentioning 张三 again) names the same 张三 each time, as far as
  // a count can tell; a record with any other identifier, masked ones included, never links by name alone.
  if (keys.length === 0 && names.length > 0 && findings.every((f) => f.piType === NAME || !identifiesPerson(f))) {
    for (const n of names) keys.push({ tier: 5, kind: 'NAME_ONLY', fingerprint: `N:${n.fp}`, pos: n.pos });
  }
  if (keys.length === 0) return findings.some(identifiesPerson) ? [{ keys: [], findings }] : [];
  let top: KeyTier = 5;
  for (const k of keys) if (k.tier < top) top = k.tier;
  // Several values of one kind (two ID numbers, three mobiles) are several people; a passport beside an ID
  // card, or a phone beside an e-mail, are one person's: the kind with most distinct values decides.
  const byKind = new Map<string, Map<string, PersonKey>>();
  for (const k of keys) {
    if (k.tier !== top) continue;
    let m = byKind.get(k.kind);
    if (!m) byKind.set(k.kind, (m = new Map()));
    if (!m.has(k.fingerprint)) m.set(k.fingerprint, k);
  }
  let anchors = new Map<string, PersonKey>();
  for (const m of byKind.values()) if (m.size > anchors.size) anchors = m;
  if (anchors.size === 1) return [{ keys, findings }];
  const people = new Map<string, { keys: PersonKey[]; findings: Finding[] }>();
  for (const a of anchors.values()) people.set(a.fingerprint, { keys: [], findings: [] });
  const anchorList = [...anchors.values()];
  for (const k of keys) {
    const owner = anchors.has(k.fingerprint) ? k : (nearest(anchorList, k.pos) as PersonKey);
    people.get(owner.fingerprint)?.keys.push(k);
  }
  for (const f of findings) people.get((nearest(anchorList, f.start) as PersonKey).fingerprint)?.findings.push(f);
  return [...people.values()];
}
