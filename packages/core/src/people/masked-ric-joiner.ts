import { HIDDEN } from '../masking/mask-glyphs.js';
import { unionRicPatterns } from '../masking/masked-ric-pattern.js';
import { ricResidual } from '../masking/ric-residual.js';

/** How a name stood beside a masked ID number: enough to tell two people apart without keeping the name. */
export interface NameShape {
  /** Keyed fingerprint of the surname: the bucket that copies are joined in. */
  surname: string;
  /** Characters, or undefined when a 某 mask hides how many. */
  length?: number;
  /** Keyed fingerprint of the whole name when it was shown whole. */
  full?: string;
  /** The masked name as the document showed it (张*三), glyphs folded to `*`. */
  masked?: string;
}

interface Entry {
  pattern: string;
  visible: number;
  name?: NameShape;
  node: number;
}

/** A join of two masked copies that revealed the whole number. */
export interface Reconstruction {
  value: string;
  /** The person node of the earlier copy, to link with. */
  partnerNode: number;
}

/** Most entries compared for one lookup; the rest of a huge bucket is not searched (counted in `skipped`). */
const MAX_COMPARISONS = 20_000;
// A union can only be unique with at most this many hidden digits left (two digits already allow ~9 dates).
const MAX_HIDDEN_AFTER_UNION = 3;

function visibleMask(pattern: string): number {
  let m = 0;
  for (let i = 0; i < 18; i++) if (pattern[i] !== HIDDEN) m |= 1 << i;
  return m;
}

function popcount(x: number): number {
  let n = 0;
  for (let v = x; v; v &= v - 1) n++;
  return n;
}

function namesAgree(a: NameShape | undefined, b: NameShape | undefined): boolean {
  if (!a || !b) return !a && !b;
  if (a.surname !== b.surname) return false;
  if (a.length !== undefined && b.length !== undefined && a.length !== b.length) return false;
  if (a.full !== undefined && b.full !== undefined) return a.full === b.full;
  if (a.masked !== undefined && b.masked !== undefined && a.masked.length === b.masked.length) {
    for (let i = 0; i < a.masked.length; i++) {
      const x = a.masked[i];
      const y = b.masked[i];
      if (x !== '*' && y !== '*' && x !== y) return false;
    }
  }
  return true;
}

/**
 * Joins differently masked copies of one resident ID number (pi-taxonomy §5.4): copies beside the same
 * name (or masked name), whose visible digits agree, and whose union the checksum and calendar narrow to
 * exactly one number. Guards against false joins: the union must validate, and all partners found must
 * agree on one number. Holds the masked copies as the documents showed them, in memory only, grouped by
 * name bucket and visible positions.
 */
export class MaskedRicJoiner {
  private readonly buckets = new Map<string, Map<number, Entry[]>>();
  private held = 0;
  /** Lookups cut short by MAX_COMPARISONS. */
  skipped = 0;

  private readonly now: Date;
  private readonly capacity: number;

  constructor(now: Date, capacity = 1_000_000) {
    this.now = now;
    this.capacity = capacity;
  }

  /** Masked copies held. */
  get size(): number {
    return this.held;
  }

  /** The one number that this copy and earlier ones reveal together, or undefined. */
  find(pattern: string, name: NameShape | undefined): Reconstruction | undefined {
    const groups = this.buckets.get(name?.surname ?? '');
    if (!groups) return undefined;
    const mine = visibleMask(pattern);
    let found: Reconstruction | undefined;
    let compared = 0;
    for (const [mask, entries] of groups) {
      if (18 - popcount(mask | mine) > MAX_HIDDEN_AFTER_UNION || (mask | mine) === mine || (mask | mine) === mask) continue;
      for (let i = entries.length - 1; i >= 0; i--) {
        if (++compared > MAX_COMPARISONS) {
          this.skipped++;
          return undefined;
        }
        const e = entries[i] as Entry;
        if (!namesAgree(e.name, name)) continue;
        const union = unionRicPatterns(e.pattern, pattern);
        if (union === undefined) continue;
        const completions = ricResidual(union, this.now).completions;
        if (completions?.length !== 1) continue;
        const value = completions[0] as string;
        if (found && found.value !== value) return undefined;
        found ??= { value, partnerNode: e.node };
      }
    }
    return found;
  }

  /** Keeps a masked copy for later joins (up to the capacity), with the person node it belongs to. */
  add(pattern: string, name: NameShape | undefined, node: number): void {
    if (this.held >= this.capacity) return;
    const key = name?.surname ?? '';
    let groups = this.buckets.get(key);
    if (!groups) this.buckets.set(key, (groups = new Map()));
    const mask = visibleMask(pattern);
    let list = groups.get(mask);
    if (!list) groups.set(mask, (list = []));
    list.push({ pattern, visible: popcount(mask), ...(name ? { name } : {}), node });
    this.held++;
  }
}
