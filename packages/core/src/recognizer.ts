import type { FindingAttributes, MaskState, Validation } from './finding.js';

/** Where a recogniser comes from and what it finds; read by the registry, the docs and the parity test. */
export interface RecognizerMeta {
  /** kebab-case, equal to the file name. */
  id: string;
  /** SCREAMING_SNAKE entity key with a region prefix (CN_RIC18, CN_MOBILE). */
  entity: string;
  /** Taxonomy id (PI.ID.RIC, SPI.FIN.CARD). */
  piType: string;
  country: 'CN' | 'HK' | 'MO' | 'TW' | 'US' | 'INTL';
  description: string;
  references: string[];
  version: number;
  /** Low-precision recognisers ship disabled (Presidio PR #1586); enable with `types`. */
  enabledByDefault?: boolean;
}

/** A named regular expression with a base score. Must be global (`g`); `group` selects the value. */
export interface PatternDef {
  name: string;
  regex: RegExp;
  score: number;
  group?: number;
  /**
   * The validator never answers 'valid' nor sets a score for this pattern's candidates, so without a positive
   * context word they score `score` at most: where that is below minScore, the analyzer looks for context first and
   * validates none that has none (most look-alikes of a weak format are rejected so, without a validator call).
   */
  neverValid?: boolean;
}

/** Words that raise (or lower) a candidate's score when they occur near it (pi-taxonomy §6). */
export interface ContextDef {
  words: readonly string[];
  negative?: readonly string[];
  /** Format-only identifiers (QQ, 8-digit permits) are dropped unless a context word is present. */
  required?: boolean;
  /** Characters searched before and after the candidate; defaults 30 and 15. */
  before?: number;
  after?: number;
}

/** A match before validation and context. Offsets index the normalised text. */
export interface Candidate {
  value: string;
  start: number;
  end: number;
  pattern: string;
  baseScore: number;
}

/** A validator's full answer; a bare `Validation` is shorthand for `{ validation }`. */
export interface Verdict {
  validation: Validation;
  /** Replaces the score computed from the pattern and validation. */
  score?: number;
  entity?: string;
  piType?: string;
  state?: MaskState;
  attributes?: FindingAttributes;
  notes?: string[];
}

/** What a validator may look at besides the value. */
export interface ValidateContext {
  /** The whole normalised text, for adjacency rules. */
  text: string;
  candidate: Candidate;
  /** The document date used for ages (minors). */
  now: Date;
  /** The caller's extra context, lower-cased (a column name or key path such as `face_feature`); '' when none. */
  context?: string;
}

/**
 * A recogniser: a data-first object, not a subclass. Either `patterns` or `find` produces candidates;
 * `prefilter` is a cheap test implied by every true positive, so that skipping on a miss loses nothing.
 */
export interface Recognizer {
  meta: RecognizerMeta;
  prefilter: RegExp;
  /**
   * Lower-case words one of which occurs, case-insensitively, wherever `prefilter` matches (the literal each of its
   * alternatives starts with): the analyzer finds them in its one pass over the text and tests the prefilter only in
   * windows that hold one. A plain alternation of literals needs none (the analyzer reads those from its source).
   */
  prefilterWords?: readonly string[];
  patterns?: readonly PatternDef[];
  find?: (text: string) => Candidate[];
  context?: ContextDef;
  validate?: (value: string, ctx: ValidateContext) => Verdict | Validation;
  /** Display mask for the preview; defaults to the generic mask of the analyzer. */
  mask?: (value: string) => string;
}

/** Checks a recogniser's shape once, at definition time, and freezes it. */
export function defineRecognizer(r: Recognizer): Readonly<Recognizer> {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(r.meta.id)) throw new TypeError(`recogniser id must be kebab-case: ${r.meta.id}`);
  if (!/^[A-Z][A-Z0-9_]*$/.test(r.meta.entity)) throw new TypeError(`${r.meta.id}: entity must be SCREAMING_SNAKE`);
  if (r.meta.references.length === 0) throw new TypeError(`${r.meta.id}: at least one reference is required`);
  if (!r.patterns && !r.find) throw new TypeError(`${r.meta.id}: needs patterns or find`);
  if (r.prefilter.global || r.prefilter.sticky) throw new TypeError(`${r.meta.id}: prefilter must not be global or sticky`);
  for (const p of r.patterns ?? []) {
    if (!p.regex.global) throw new TypeError(`${r.meta.id}/${p.name}: pattern must be global`);
    if (p.score < 0 || p.score > 1) throw new TypeError(`${r.meta.id}/${p.name}: score must be in 0..1`);
  }
  return Object.freeze(r);
}
