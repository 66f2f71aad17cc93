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
export { WINDOW_SEARCH, WINDOW_TARGET, windowAt } from './analyzer/windows.js';
export type { WindowStep } from './analyzer/windows.js';
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
export { toBase64Url } from './crypto/base64url.js';
export { createHmacSha256, hmacSha256 } from './crypto/hmac-sha256.js';
export type { HmacSha256 } from './crypto/hmac-sha256.js';
export { fromHex, toHex } from './crypto/hex.js';
export { Sha256, sha256 } from './crypto/sha256.js';
export { utf8Bytes } from './crypto/utf8.js';
export { findingFingerprint } from './people/finding-fingerprint.js';
export { createHmacFingerprinter, MIN_KEY_BYTES } from './people/hmac-fingerprinter.js';
export { normalizeIdentifier, PERSON_NAME, POSTAL_ADDRESS } from './people/normalize-identifier.js';
export type { NormalizedIdentifier } from './people/normalize-identifier.js';
export { createPeopleCounter } from './people/people-counter.js';
export type { PeopleCounterOptions } from './people/people-counter.js';
export { KeyTable } from './people/key-table.js';
export { memoryPeopleStores } from './people/people-stores.js';
export type { KeyIndex, PeopleStores, PersonGraphStore } from './people/people-stores.js';
export { MASKED_COPIES_CAPACITY, MemoryMaskedCopies } from './people/memory-masked-copies.js';
export type { MaskedCopy, MaskedCopyStore, MaskGroup } from './people/masked-copy-store.js';
export { namesAgree } from './people/name-shape.js';
export type { NameShape } from './people/name-shape.js';
export type {
  CriminalTierCount,
  Fingerprinter,
  PeopleCounter,
  PeopleSummary,
  RecordInput,
  ScaleBand,
  TypeCount,
} from './people/people-summary.js';
export { baseBand, escalatedBand, thresholdsReached } from './people/scale-band.js';
export { isMaskGlyph, MASK_GLYPHS } from './masking/mask-glyphs.js';
export { parseMaskedRic, unionRicPatterns } from './masking/masked-ric-pattern.js';
export { readMaskedRic, RESIDUAL_RISK_LIMIT } from './masking/ric-mask-state.js';
export type { RicMaskReading } from './masking/ric-mask-state.js';
export { ricResidual } from './masking/ric-residual.js';
export type { RicResidual } from './masking/ric-residual.js';
export { applyOperator, needsKey, OPERATOR_KINDS, operators } from './operators/index.js';
export type * from './operators/operator-spec.js';
export { createOperatorKeys, MIN_OPERATOR_KEY_BYTES } from './operators/operator-keys.js';
export type { OperatorAlgorithms, OperatorKeys } from './operators/operator-keys.js';
export { detokenize, surrogateToken, tokenizeValue } from './operators/tokenize.js';
export { pseudonymizeValue } from './operators/pseudonymize.js';
export { revealText } from './operators/reveal-text.js';
export type { RevealResult } from './operators/reveal-text.js';
export { createAes } from './fpe/aes.js';
export type { BlockCipher } from './fpe/aes.js';
export { createFf1 } from './fpe/ff1.js';
export type { Ff1 } from './fpe/ff1.js';
export { createFf3_1 } from './fpe/ff3-1.js';
export type { Ff3_1 } from './fpe/ff3-1.js';
export { parseOperatorSpec, parsePolicy } from './policy/policy.js';
export type { Policy, PolicyRule } from './policy/policy.js';
export { defaultPolicy, policyNeedsKey, withoutKeyedOperators } from './policy/default-policy.js';
export { operatorFor } from './policy/operator-for.js';
export { personKeyOf, RedactionTally, redactionSpans, redactText } from './policy/redact-text.js';
export { replaceSpans } from './replace-spans.js';
export type { TextReplacement } from './replace-spans.js';
export type { RedactionChange, RedactionSpan } from './policy/redact-text.js';
export { exposedAfterRedaction } from './policy/verify-redaction.js';
export { createRiskMeter, measureRisk } from './risk/risk-measure.js';
export type { RiskMeasure, RiskOptions } from './risk/risk-measure.js';
export { suggestQuasiIdentifiers } from './risk/suggest-quasi.js';
export type { ColumnTypes } from './risk/suggest-quasi.js';
