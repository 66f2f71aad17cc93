/** Legal class of a finding after profile and promotion rules: what the law calls it. */
export type PiClass = 'sensitive' | 'general';

/** Whether the value is shown whole, partly hidden, hidden by convention, or replaced by a token (pi-taxonomy §5.1). */
export type MaskState = 'exposed' | 'partially_masked' | 'masked' | 'tokenized';

/** Outcome of a recogniser's validation: Presidio's three outcomes, named. */
export type Validation = 'valid' | 'invalid' | 'unchecked';

/** Facts derived from a value (birth date from an ID number, carrier from a mobile segment...). */
export interface FindingAttributes {
  birthDate?: string;
  age?: number;
  minor?: boolean;
  sex?: 'male' | 'female';
  region?: string;
  regionName?: string;
  carrier?: string;
  mvno?: boolean;
  /** How many real values fit a masked one (pi-taxonomy §5.4). */
  residualCandidates?: number;
  /** Set when two masked copies combined reveal the whole value. */
  reconstructed?: boolean;
  [key: string]: string | number | boolean | undefined;
}

/** Why a finding was reported, so that a user (or a court) can follow the reasoning. */
export interface Explanation {
  recognizer: string;
  pattern: string;
  baseScore: number;
  validation: Validation;
  contextWords: string[];
  negativeWords: string[];
  notes?: string[];
}

/** One piece of personal information found in a text. Offsets index the original (not normalised) string. */
export interface Finding {
  piType: string;
  entity: string;
  class: PiClass;
  score: number;
  state: MaskState;
  start: number;
  end: number;
  /** The raw value. Lives in memory only; reporters drop it unless the user asked to reveal. */
  value: string;
  /** A preview safe to print: the value masked by the type's display convention. */
  masked: string;
  /** Keyed HMAC of the normalised value, set by the linker when a key is available. */
  fingerprint?: string;
  attributes: FindingAttributes;
  explanation: Explanation;
}
