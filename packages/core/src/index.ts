/**
 * @piguard/core — PIPL-aware detection of personal information. Pure TypeScript: no file, network or
 * database access, so it runs in Node, a worker or a browser.
 *
 * ```ts
 * import { analyze } from '@piguard/core';
 * analyze('身份证号 11010519491231002X'); // → [{ piType: 'PI.ID.RIC', entity: 'CN_RIC18', class: 'general', ... }]
 * ```
 */
export { analyze, createAnalyzer } from './analyzer/create-analyzer.js';
export type { Analyzer } from './analyzer/create-analyzer.js';
export type { AllowList, AnalyzeCallOptions, AnalyzerOptions } from './analyzer/analyzer-options.js';
export { defaultMask } from './analyzer/default-mask.js';
export { isValidMod11_2, mod11_2CheckChar } from './checksums/iso7064-mod11-2.js';
export { isValidLuhn, luhnCheckDigit } from './checksums/luhn.js';
export { PiguardError } from './errors.js';
export type { CoreErrorCode } from './errors.js';
export type { Explanation, Finding, FindingAttributes, MaskState, PiClass, Validation } from './finding.js';
export { defineRecognizer } from './recognizer.js';
export type { Candidate, ContextDef, PatternDef, Recognizer, RecognizerMeta, ValidateContext, Verdict } from './recognizer.js';
export { builtinRecognizers } from './recognizers/index.js';
export { classOf, isPiType, STANDARD_PROFILES, taxonomyEntries, taxonomyEntry } from './taxonomy/taxonomy.js';
export type { StandardProfile } from './taxonomy/taxonomy.js';
export type { LegalClass, TaxonomyEntry } from './taxonomy/taxonomy-entry.js';
export { normalizeText } from './text/normalize.js';
export type { NormalizedText } from './text/normalize.js';
