import { classOf, type Finding } from '@piguard/core';
import { nameSignal } from '../columns/column-name-hints.js';

// The entity a whole cell stands for when only its column's name says what it is.
const ENTITY_OF: Record<string, string> = {
  'PI.ID.RIC': 'CN_RIC18',
  'PI.ID.PASSPORT': 'CN_PASSPORT',
  'PI.BASIC.PHONE': 'PHONE_NUMBER',
  'PI.BASIC.EMAIL': 'EMAIL',
  'SPI.FIN.CARD': 'BANK_CARD',
  'PI.BASIC.ADDRESS': 'CN_ADDRESS',
  'PI.BASIC.BIRTH': 'DATE_OF_BIRTH',
  'PI.BASIC.GENDER': 'GENDER',
  'PI.BASIC.ETHNIC': 'CN_ETHNIC_GROUP',
  'SPI.MED.CONDITION': 'HEALTH_TERM',
  'PI.BASIC.NAME': 'PERSON',
};

/**
 * A finding for a whole cell whose column is named for a PI type (出生日期, 姓名, diagnosis) when the analyzer found
 * nothing in it: a bare 1985-03-17 or 男 has no context of its own, yet in that column it is the person's.
 */
export function columnFinding(cell: string, column: string): Finding | undefined {
  const signal = nameSignal(column);
  if (signal.kind !== 'supports' || signal.piType === undefined) return undefined;
  const entity = ENTITY_OF[signal.piType];
  const start = cell.length - cell.trimStart().length;
  const value = cell.trim();
  if (entity === undefined || value.length === 0) return undefined;
  return {
    piType: signal.piType,
    entity,
    class: classOf(signal.piType),
    score: 0.6,
    state: 'exposed',
    start,
    end: start + value.length,
    value,
    masked: value,
    attributes: {},
    explanation: {
      recognizer: 'column-name',
      pattern: signal.matched ?? column,
      baseScore: 0.6,
      validation: 'unchecked',
      contextWords: [column],
      negativeWords: [],
    },
  };
}
