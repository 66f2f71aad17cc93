import { join } from 'node:path';
import { type EvidenceStore, openEvidenceStore } from '@piguard/scan';

/**
 * The evidence directories of a server, one per unit (`<root>/<unit id>`: a unit verifies and exports its own
 * chain and sees no other unit's sources). Each is opened once and shared by every job of the unit, since
 * a chain must have one writer; jobs write through views in their operator's name (`store.as(name)`).
 */
export class UnitEvidence {
  readonly root: string;
  private readonly open = new Map<string, Promise<EvidenceStore>>();

  constructor(root: string) {
    this.root = root;
  }

  /** The unit's evidence directory. */
  dirOf(unitId: string): string {
    // Unit ids are UUIDs made by the server; anything else must not become a path.
    if (!/^[A-Za-z0-9-]{1,64}$/.test(unitId)) throw new Error('not a unit id');
    return join(this.root, unitId);
  }

  /** The unit's store, opened (and its chain checked) on first use; a broken chain rejects until restart. */
  store(unitId: string): Promise<EvidenceStore> {
    let store = this.open.get(unitId);
    if (!store) {
      // The server runs for months: it keeps the chain's count and last hash, not every entry ever written.
      store = openEvidenceStore(this.dirOf(unitId), { operator: 'piguard workbench', keepEntries: false });
      this.open.set(unitId, store);
    }
    return store;
  }
}
