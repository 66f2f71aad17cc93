import type { FindingAttributes } from '../finding.js';
import type { OperatorKeys } from './operator-keys.js';

/** How `mask` hides a value: by the type's Chinese display convention (default) or every character. */
export interface MaskSpec {
  kind: 'mask';
  /** The character that hides; default `*`. */
  glyph?: string;
}
/** Removes the value. */
export interface RedactSpec {
  kind: 'redact';
}
/** Puts a tag or a template in place of the value: `{entity}` and `{piType}` are filled in. Default `<{entity}>`. */
export interface ReplaceSpec {
  kind: 'replace';
  template?: string;
}
/** Keyed HMAC-SHA-256 of the value, truncated to `length` characters of the chosen encoding. */
export interface HashSpec {
  kind: 'hash';
  encoding?: 'hex' | 'base64url';
  /** Characters kept; default 16. */
  length?: number;
}
/** A consistent, format-valid surrogate of the same type (stable per key across files and runs). */
export interface PseudonymizeSpec {
  kind: 'pseudonymize';
  /** ID numbers keep their birth year. */
  keepBirthYear?: boolean;
  /** ID numbers keep their region code. */
  keepRegion?: boolean;
}
/** Format-preserving encryption (FF1); `piguard reveal` reverses it with the key. */
export interface TokenizeSpec {
  kind: 'tokenize';
  /**
   * Wrap the token as `ENTITY_TOKEN(n):…` so that reveal can find it in free text (default true). Without it the
   * token is indistinguishable from data and only `detokenize` with the known entity reverses it.
   */
  surrogate?: boolean;
  /** FF1 (default) or FF3-1 (NIST SP 800-38G Rev. 1; 56-bit tweak, at most 2·⌊log_radix 2^96⌋ characters). */
  algorithm?: 'ff1' | 'ff3-1';
}
/** Coarser values: a date to its year or an age band, an address to its city, a number to a range. */
export interface GeneralizeSpec {
  kind: 'generalize';
  date?: 'year' | 'age-band';
  /** Width of a number range and of an age band; default 10. */
  width?: number;
}
/** Dates moved by a per-person offset of up to `maxDays` days, so that intervals within one person hold. */
export interface ShiftSpec {
  kind: 'shift';
  maxDays?: number;
}
/** Leaves the value as it is (for types a policy wants kept). */
export interface KeepSpec {
  kind: 'keep';
}

/** An operator and its options: a discriminated union on `kind`. */
export type OperatorSpec =
  | MaskSpec
  | RedactSpec
  | ReplaceSpec
  | HashSpec
  | PseudonymizeSpec
  | TokenizeSpec
  | GeneralizeSpec
  | ShiftSpec
  | KeepSpec;

/** The operator names. */
export type OperatorKind = OperatorSpec['kind'];

/** What an operator sees of a finding: the value and its type, never where it came from. */
export interface OperatorInput {
  value: string;
  entity: string;
  piType: string;
  attributes?: FindingAttributes;
  /** The recogniser's masked preview, used by `mask` for types without a convention of their own. */
  masked?: string;
}

/** Keys and per-record facts that some operators need. */
export interface OperatorContext {
  keys?: OperatorKeys;
  /** A stable key of the person the value belongs to (for `shift`); the whole input is one person without it. */
  person?: string;
  /** The date ages are counted at; default now. */
  now?: Date;
}

/** One operator: turns a value into its protected form. */
export type OperatorFn<S extends OperatorSpec> = (input: OperatorInput, spec: S, ctx: OperatorContext) => string;
