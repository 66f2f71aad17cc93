import { type OperatorKind, RedactionTally } from '@piguard/core';
import type { TallyAdd } from './redacted-cell-cache.js';

/** A tally that lists each value counted, in order, so that the counts of one cell can be replayed when it comes again. */
export class RecordingTally extends RedactionTally {
  readonly adds: TallyAdd[] = [];

  override add(entity: string, piType: string, operator: OperatorKind): void {
    this.adds.push([entity, piType, operator]);
  }
}
