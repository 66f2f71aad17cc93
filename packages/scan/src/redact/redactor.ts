import {
  type Analyzer,
  type AnalyzerOptions,
  createAnalyzer,
  exposedAfterRedaction,
  type Finding,
  type OperatorKeys,
  operatorFor,
  type Policy,
  personKeyOf,
  type RedactionSpan,
  RedactionTally,
  redactionSpans,
  replaceSpans,
} from '@piguard/core';
import { columnFinding } from './column-finding.js';
import { type CachedCell, type CellOutcome, RedactedCellCache } from './redacted-cell-cache.js';
import { RecordingTally } from './recording-tally.js';

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
  /** How many short cells `redactRecord` remembers (0: none); the output is the same either way, only faster. */
  cellCache?: number;
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
  /**
   * Redacts the texts of one record (a CSV row, a JSON record's leaves; `contexts[i]` names text i's column or
   * key): the record's strongest identifier keys its date shifts, and short texts seen before are not analysed again.
   */
  redactRecord(texts: readonly string[], contexts: readonly (string | undefined)[]): string[];
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
  const count = (rescan: readonly Finding[], out: string): void => {
    for (const f of exposedAfterRedaction(rescan, tally.changes(), out)) {
      verification.exposed++;
      verification.byEntity[f.entity] = (verification.byEntity[f.entity] ?? 0) + 1;
    }
  };
  const check = (out: string): void => {
    if (verify) count(analyzer.analyze(out), out);
  };
  const apply = (text: string, findings: readonly Finding[], person?: string): string => {
    if (findings.length === 0) return text;
    const out = replaceSpans(text, spans(findings, person));
    check(out);
    return out;
  };
  // A cell remembered by the cache: what `apply` would count and check, replayed on the run's totals.
  const cells = new RedactedCellCache(options.cellCache ?? 8192);
  const replay = (o: CellOutcome): string => {
    for (const [entity, piType, operator] of o.adds) tally.add(entity, piType, operator);
    tally.fallbacks += o.fallbacks;
    tally.alreadyProtected += o.alreadyProtected;
    if (verify) {
      o.rescan ??= analyzer.analyze(o.out);
      count(o.rescan, o.out);
    }
    return o.out;
  };
  const outcomeOf = (text: string, findings: readonly Finding[]): CellOutcome => {
    const recorded = new RecordingTally();
    const out = replaceSpans(text, redactionSpans(findings, options.policy, ctx, recorded));
    return { out, adds: recorded.adds, fallbacks: recorded.fallbacks, alreadyProtected: recorded.alreadyProtected };
  };
  // Only a date shift reads the record's person; every other operator's output is the cell's alone.
  const personal = (findings: readonly Finding[]): boolean =>
    findings.some((f) => f.state === 'exposed' && operatorFor(options.policy, f).kind === 'shift');
  const prepare = (text: string, context: string | undefined): { findings: readonly Finding[]; cached?: CachedCell } => {
    const key = cells.keyOf(text, context);
    if (key === undefined) return { findings: find(text, context) };
    const hit = cells.get(key);
    if (hit) return { findings: hit.findings, cached: hit };
    const again = cells.seen(key);
    const findings = find(text, context);
    if (!again) return { findings };
    const cell: CachedCell = { findings, personal: personal(findings) };
    cells.keep(key, cell);
    return { findings, cached: cell };
  };
  const redactRecord = (texts: readonly string[], contexts: readonly (string | undefined)[]): string[] => {
    const prepared = texts.map((t, i) => prepare(t, contexts[i]));
    const person = personKeyOf(prepared.flatMap((p) => p.findings));
    return prepared.map(({ findings, cached }, i) => {
      const text = texts[i] as string;
      if (findings.length === 0) return text;
      if (!cached || cached.personal) return apply(text, findings, person);
      cached.outcome ??= outcomeOf(text, findings);
      return replay(cached.outcome);
    });
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
    redactRecord,
  };
}
