import type { NameShape } from './name-shape.js';

/** A masked ID number as a document showed it, with the name beside it and the person node it belongs to. */
export interface MaskedCopy {
  /** 18 cells, hidden ones as HIDDEN (see parseMaskedRic). */
  pattern: string;
  name?: NameShape;
  node: number;
}

/** The copies of one bucket (surname) with the same visible positions. */
export interface MaskGroup {
  /** Bit i set when position i is visible. */
  readonly mask: number;
  /** Copies in the group. */
  readonly count: number;
}

/**
 * Where the masked-ID joiner keeps its copies, grouped by bucket (the surname's fingerprint, '' without a
 * name) and visible positions. In memory by default (MemoryMaskedCopies); a scan passes a store that spills
 * past a bound (core does no I/O). A store must give the same groups in the same order and the same copies
 * newest first as one that held everything, so that joins are the same.
 */
export interface MaskedCopyStore {
  /** Copies held. */
  readonly size: number;
  /** Copies not kept because the store was full (0 for a store that spills). */
  readonly dropped: number;
  add(bucket: string, mask: number, copy: MaskedCopy): void;
  /** The bucket's groups, in the order of their first copy. */
  groups(bucket: string): readonly MaskGroup[];
  /**
   * Visits a group's copies (a group of `groups`' answer), newest first, until `visit` returns false. A store
   * may pass over copies that cannot join the copy `pattern` beside `name`: a name that cannot agree, or a
   * digit that differs where both show one (the caller checks both again).
   */
  scan(group: MaskGroup, pattern: string, name: NameShape | undefined, visit: (copy: MaskedCopy) => boolean): void;
}
