import { HIDDEN } from '../masking/mask-glyphs.js';
import { unionRicPatterns } from '../masking/masked-ric-pattern.js';
import { ricResidual } from '../masking/ric-residual.js';
import type { MaskedCopy, MaskedCopyStore, MaskGroup } from './masked-copy-store.js';
import { MemoryMaskedCopies } from './memory-masked-copies.js';
import { type NameShape, namesAgree } from './name-shape.js';

export type { NameShape } from './name-shape.js';

/** A join of two masked copies that revealed the whole number. */
export interface Reconstruction {
  value: string;
  /** The person node of the earlier copy, to link with. */
  partnerNode: number;
}

/** Most copies a lookup may compare; one with more candidates (a huge bucket) is refused (counted in `skipped`). */
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

/**
 * Joins differently masked copies of one resident ID number (pi-taxonomy §5.4): copies beside the same
 * name (or masked name), whose visible digits agree, and whose union the checksum and calendar narrow to
 * exactly one number. Guards against false joins: the union must validate, and all partners found must
 * agree on one number. Keeps the masked copies as the documents showed them in a store (in memory by
 * default), grouped by name bucket and visible positions; a lookup compares at most MAX_COMPARISONS copies,
 * groups in the order of their first copy, newest copies first in each (the first partner found is linked).
 */
export class MaskedRicJoiner {
  /** Lookups refused by MAX_COMPARISONS. */
  skipped = 0;

  private readonly now: Date;
  private readonly store: MaskedCopyStore;

  constructor(now: Date, store: MaskedCopyStore = new MemoryMaskedCopies()) {
    this.now = now;
    this.store = store;
  }

  /** Masked copies held. */
  get size(): number {
    return this.store.size;
  }

  /** Masked copies not kept by a full store: joins with them are lost. */
  get dropped(): number {
    return this.store.dropped;
  }

  /** The one number that this copy and earlier ones reveal together, or undefined. */
  find(pattern: string, name: NameShape | undefined): Reconstruction | undefined {
    const groups = this.store.groups(name?.surname ?? '');
    if (groups.length === 0) return undefined;
    const mine = visibleMask(pattern);
    const eligible: MaskGroup[] = [];
    let candidates = 0;
    for (const group of groups) {
      const mask = group.mask;
      if (18 - popcount(mask | mine) > MAX_HIDDEN_AFTER_UNION || (mask | mine) === mine || (mask | mine) === mask) continue;
      eligible.push(group);
      candidates += group.count;
    }
    // Past the guard the answer is no join whatever the copies hold (the copies compared either disagree or
    // are cut short), so none is read: a huge bucket costs a count, not 20,000 comparisons.
    if (candidates > MAX_COMPARISONS) {
      this.skipped++;
      return undefined;
    }
    let found: Reconstruction | undefined;
    let conflict = false;
    const visit = (e: MaskedCopy): boolean => {
      if (!namesAgree(e.name, name)) return true;
      const union = unionRicPatterns(e.pattern, pattern);
      if (union === undefined) return true;
      const completions = ricResidual(union, this.now).completions;
      if (completions?.length !== 1) return true;
      const value = completions[0] as string;
      if (found && found.value !== value) {
        conflict = true;
        return false;
      }
      found ??= { value, partnerNode: e.node };
      return true;
    };
    for (const group of eligible) {
      this.store.scan(group, pattern, name, visit);
      if (conflict) return undefined;
    }
    return found;
  }

  /** Keeps a masked copy for later joins, with the person node it belongs to. */
  add(pattern: string, name: NameShape | undefined, node: number): void {
    this.store.add(name?.surname ?? '', visibleMask(pattern), name ? { pattern, name, node } : { pattern, node });
  }
}
