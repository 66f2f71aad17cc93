import type { FindingAttributes, MaskState } from '../finding.js';
import { ageAt, MINOR_AGE } from '../text/birth-date.js';
import { HIDDEN } from './mask-glyphs.js';
import { ricResidual } from './ric-residual.js';

/** Below this many fitting numbers a masked ID number is re-identifying (pi-taxonomy §5.4). */
export const RESIDUAL_RISK_LIMIT = 1000;

/** The reading of a masked resident ID number: its state, what it still reveals, and why. */
export interface RicMaskReading {
  state: MaskState;
  attributes: FindingAttributes;
  notes: string[];
}

const age = (yyyymmdd: string, now: Date): number =>
  ageAt(Number(yyyymmdd.slice(0, 4)), Number(yyyymmdd.slice(4, 6)), Number(yyyymmdd.slice(6, 8)), now);

/**
 * Applies the §5.4 rule to a pattern from `parseMaskedRic`: one fitting number is `exposed` (the checksum
 * recovers it); fewer than 1,000, or a visible birth year and month, is `partially_masked`; otherwise `masked`.
 * A person whose every fitting birth date is under 14 years before `now` is a minor whatever the mask.
 * Returns undefined when no real number fits (not an ID number).
 */
export function readMaskedRic(pattern: string, now: Date): RicMaskReading | undefined {
  const r = ricResidual(pattern, now);
  if (r.candidates === 0 || r.birthMin === undefined || r.birthMax === undefined) return undefined;
  const dateVisible = !pattern.slice(6, 14).includes(HIDDEN);
  // The §5.4 table reads a visible year and month (110105194912******) as a leak of age and birth month too.
  const monthVisible = !pattern.slice(6, 12).includes(HIDDEN);
  const attributes: FindingAttributes = { residualCandidates: r.candidates };
  const notes: string[] = [];
  if (!pattern.slice(0, 6).includes(HIDDEN)) attributes.region = pattern.slice(0, 6);
  if (dateVisible) {
    attributes.birthDate = `${r.birthMin.slice(0, 4)}-${r.birthMin.slice(4, 6)}-${r.birthMin.slice(6, 8)}`;
    attributes.age = age(r.birthMin, now);
  }
  if (pattern[16] !== HIDDEN) attributes.sex = Number(pattern[16]) % 2 === 1 ? 'male' : 'female';
  // The youngest fitting birth date is the latest; if even the oldest is under 14, every reading is a child.
  if (age(r.birthMin, now) < MINOR_AGE) attributes.minor = true;
  let state: MaskState;
  if (r.candidates === 1) {
    state = 'exposed';
    notes.push('one number fits the visible digits, a real date and the checksum: the mask hides nothing');
  } else if (r.candidates < RESIDUAL_RISK_LIMIT || monthVisible) {
    state = 'partially_masked';
    notes.push(
      r.candidates < RESIDUAL_RISK_LIMIT
        ? `only ${r.candidates} numbers fit the visible digits (fewer than ${RESIDUAL_RISK_LIMIT}, pi-taxonomy §5.4)`
        : `the birth ${dateVisible ? 'date' : 'year and month'} is visible; ${r.candidates} numbers fit (pi-taxonomy §5.4)`,
    );
  } else {
    state = 'masked';
    notes.push(`${r.candidates} numbers fit the visible digits`);
  }
  return { state, attributes, notes };
}
