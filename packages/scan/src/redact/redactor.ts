import {
  type Analyzer,
  type AnalyzerOptions,
  createAnalyzer,
  exposedAfterRedaction,
  type Finding,
  type OperatorKeys,
  type Policy,
  personKeyOf,
  type RedactionSpan,
  RedactionTally,
  redactionSpans,
} from '@piguard/core';
import { columnFinding } from './column-finding.js';

/** Options of a redaction run. */
export interface RedactorOptions {
  policy: Policy;
  /** Keys for hash, pseudonymize, tokenize and shift; the run stops with E_KEY_MISSING when one is needed and absent. */
  keys?: OperatorKeys;
  analyzer?: AnalyzerOptions;
  /** Re-scan every redacted text for exposed PI of the hidden types (default true). */
  verify?: boolean;
  now?: Date;
  /** Treat a whole cell as PI of the type its column is named for when the analyzer finds nothing (default true). */
  columnHints?: boolean;
}

/** The outcome of the re-scan of the output. */
export interface RedactionVerification {
  rescanned: boolean;
  /** Exposed findings of hidden types left in the output: 0 when the output is clean. */
  exposed: number;
  byEntity: Record<string, number>;
}

/** Redacts texts one after another and keeps the totals of the whole run. */
export interface Redactor {
  readonly tally: RedactionTally;
  readonly verification: RedactionVerification;
  /** Findings of one text (a cell's column name or a JSON key goes in as `context`). */
  find(text: string, context?: string): Finding[];
  /** Redacts one text with findings already made for it; `person` keys date shifts for a whole record. */
  apply(text: string, findings: readonly Finding[], person?: string): string;
  /** The replacements for one text, without splicing or re-scanning: for formats that splice them into their own structure. */
  spans(findings: readonly Finding[], person?: string): RedactionSpan[];
  /** Re-scans a text as written to the output and counts exposed values of the types this run hid. */
  check(out: string): void;
  /** Finds and redacts one text that is a record of its own. */
  redact(text: string, context?: string): string;
}

/** Builds a redactor: one analyzer, one policy, one tally. */
export function createRedactor(options: RedactorOptions): Redactor {
  const analyzer: Analyzer = createAnalyzer({ ...options.analyzer, ...(options.now ? { now: options.now } : {}) });
  const tally = new RedactionTally();
  const verify = options.verify !== false;
  const verification: RedactionVerification = { rescanned: verify, exposed: 0, byEntity: {} };
  const ctx = { ...(options.keys ? { keys: options.keys } : {}), ...(options.now ? { now: options.now } : {}) };
  const find = (text: string, context?: string): Finding[] => {
    if (text.length === 0) return [];
    const found = analyzer.analyze(text, context !== undefined ? { context } : undefined);
    if (found.length > 0 || context === undefined || options.columnHints === false) return found;
    const whole = columnFinding(text, context);
    return whole ? [whole] : [];
  };
  const spans = (findings: readonly Finding[], person?: string): RedactionSpan[] =>
    redactionSpans(findings, options.policy, person !== undefined ? { ...ctx, person } : ctx, tally);
  const check = (out: string): void => {
    if (!verify) return;
    for (const f of exposedAfterRedaction(analyzer.analyze(out), tally.changes(), out)) {
      verification.exposed++;
      verification.byEntity[f.entity] = (verification.byEntity[f.entity] ?? 0) + 1;
    }
  };
  const apply = (text: string, findings: readonly Finding[], person?: string): string => {
    if (findings.length === 0) return text;
    let out = '';
    let last = 0;
    for (const s of spans(findings, person)) {
      out += text.slice(last, s.start) + s.replacement;
      last = s.end;
    }
    out += text.slice(last);
    check(out);
    return out;
  };
  return {
    tally,
    verification,
    find,
    apply,
    spans,
    check,
    redact(text, context) {
      const findings = find(text, context);
      return apply(text, findings, personKeyOf(findings));
    },
  };
}
