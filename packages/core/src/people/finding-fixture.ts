import { isPiType, classOf } from '../taxonomy/taxonomy.js';
import type { Finding, FindingAttributes, MaskState } from '../finding.js';

/** What a test states about a finding; the rest is filled in plausibly. */
export interface FindingSpec {
  piType: string;
  entity: string;
  value: string;
  state?: MaskState;
  start?: number;
  attributes?: FindingAttributes;
}

/** A finding as a recogniser would report it, for linker tests that should not depend on recognisers. */
export function findingOf(spec: FindingSpec): Finding {
  const start = spec.start ?? 0;
  return {
    piType: spec.piType,
    entity: spec.entity,
    class: isPiType(spec.piType) && classOf(spec.piType) === 'sensitive' ? 'sensitive' : spec.attributes?.minor ? 'sensitive' : 'general',
    score: 0.9,
    state: spec.state ?? 'exposed',
    start,
    end: start + spec.value.length,
    value: spec.value,
    masked: spec.value,
    attributes: { ...spec.attributes },
    explanation: { recognizer: 'fixture', pattern: 'fixture', baseScore: 0.9, validation: 'valid', contextWords: [], negativeWords: [] },
  };
}

/** Shorthands for the common kinds. */
export const ric = (value: string, start = 0, attributes: FindingAttributes = {}): Finding =>
  findingOf({ piType: 'PI.ID.RIC', entity: value.length === 15 ? 'CN_RIC15' : 'CN_RIC18', value, start, attributes });
export const maskedRic = (value: string, start = 0, state: MaskState = 'masked'): Finding =>
  findingOf({ piType: 'PI.ID.RIC', entity: 'CN_RIC18', value, start, state });
export const mobile = (value: string, start = 0): Finding => findingOf({ piType: 'PI.BASIC.PHONE', entity: 'CN_MOBILE', value, start });
export const personName = (value: string, start = 0): Finding =>
  findingOf({ piType: 'PI.BASIC.NAME', entity: 'PERSON', value, start, state: /[*某]/.test(value) ? 'masked' : 'exposed' });
export const bankCard = (value: string, start = 0): Finding => findingOf({ piType: 'SPI.FIN.CARD', entity: 'BANK_CARD', value, start });
