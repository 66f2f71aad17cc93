import type { MaskedCopy, MaskedCopyStore, MaskGroup } from './masked-copy-store.js';
import type { NameShape } from './name-shape.js';

class Group implements MaskGroup {
  readonly copies: MaskedCopy[] = [];
  readonly mask: number;
  constructor(mask: number) {
    this.mask = mask;
  }
  get count(): number {
    return this.copies.length;
  }
}

/** Copies held by default: about 210 bytes each with a whole name beside them, so about 200 MB at the cap. */
export const MASKED_COPIES_CAPACITY = 1_000_000;

/**
 * Masked copies in memory, up to `capacity`; past it a copy is not kept and counted in `dropped` (the
 * summary reports it: joins with it are lost). Buckets and groups are Maps, which iterate in insertion order.
 */
export class MemoryMaskedCopies implements MaskedCopyStore {
  private readonly buckets = new Map<string, { order: Group[]; byMask: Map<number, Group> }>();
  private held = 0;
  dropped = 0;

  private readonly capacity: number;

  constructor(capacity = MASKED_COPIES_CAPACITY) {
    this.capacity = capacity;
  }

  get size(): number {
    return this.held;
  }

  add(bucket: string, mask: number, copy: MaskedCopy): void {
    if (this.held >= this.capacity) {
      this.dropped++;
      return;
    }
    let b = this.buckets.get(bucket);
    if (!b) this.buckets.set(bucket, (b = { order: [], byMask: new Map() }));
    let group = b.byMask.get(mask);
    if (!group) {
      group = new Group(mask);
      b.byMask.set(mask, group);
      b.order.push(group);
    }
    group.copies.push(copy);
    this.held++;
  }

  groups(bucket: string): readonly MaskGroup[] {
    return this.buckets.get(bucket)?.order ?? [];
  }

  /** The group of a bucket with these visible positions, if any. */
  group(bucket: string, mask: number): MaskGroup | undefined {
    return this.buckets.get(bucket)?.byMask.get(mask);
  }

  scan(group: MaskGroup, _pattern: string, _name: NameShape | undefined, visit: (copy: MaskedCopy) => boolean): void {
    const copies = (group as Group).copies;
    for (let i = copies.length - 1; i >= 0; i--) if (!visit(copies[i] as MaskedCopy)) return;
  }
}
