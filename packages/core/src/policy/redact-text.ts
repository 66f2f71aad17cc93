import { PiguardError } from '../errors.js';
import type { Finding } from '../finding.js';
import { applyOperator } from '../operators/index.js';
import type { OperatorContext, OperatorKind } from '../operators/operator-spec.js';
import { replaceSpans, type TextReplacement } from '../replace-spans.js';
import { operatorFor } from './operator-for.js';
import type { Policy } from './policy.js';

/** How many values of one entity an operator changed. */
export interface RedactionChange {
  entity: string;
  piType: string;
  operator: OperatorKind;
  count: number;
}

/** The running totals of a redaction, merged across texts, cells and files. */
export class RedactionTally {
  private readonly byKey = new Map<string, RedactionChange>();
  /** Values whose operator could not apply (too short for FF1) and that were replaced by their type tag instead. */
  fallbacks = 0;
  /** Values already masked or tokenized at the source, left as they were. */
  alreadyProtected = 0;

  /** Counts one changed value. */
  add(entity: string, piType: string, operator: OperatorKind): void {
    const key = `${entity}\u0000${operator}`;
    const c = this.byKey.get(key);
    if (c) c.count++;
    else this.byKey.set(key, { entity, piType, operator, count: 1 });
  }

  /** The changes, most frequent first. */
  changes(): RedactionChange[] {
    return [...this.byKey.values()].sort((a, b) => b.count - a.count || a.entity.localeCompare(b.entity));
  }

  /** How many values were changed in all. */
  total(): number {
    let n = 0;
    for (const c of this.byKey.values()) n += c.count;
    return n;
  }
}

// The person a text's dates belong to: its strongest identifier, so that one person's rows shift alike.
const PERSON_KEYS = ['CN_RIC18', 'CN_RIC15', 'CN_PASSPORT', 'CN_MOBILE', 'EMAIL', 'PERSON'];

/** The value that stands for the person of a record, or undefined when the record names none. */
export function personKeyOf(findings: readonly Finding[]): string | undefined {
  for (const entity of PERSON_KEYS) {
    const f = findings.find((x) => x.entity === entity && x.state === 'exposed');
    if (f) return `${entity}:${f.value}`;
  }
  return undefined;
}

/** One value to replace: `[start, end)` of the text and what goes there instead. */
export type RedactionSpan = TextReplacement;

/**
 * The replacements a policy makes in one text, in text order and without overlaps (overlapping findings after the
 * first are skipped). Formats that keep their own structure (runs of a Word paragraph) splice these themselves.
 */
export function redactionSpans(
  findings: readonly Finding[],
  policy: Policy,
  ctx: OperatorContext,
  tally?: RedactionTally,
): RedactionSpan[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const person = ctx.person ?? personKeyOf(sorted);
  const opCtx: OperatorContext = { ...ctx, ...(person !== undefined ? { person } : {}) };
  const spans: RedactionSpan[] = [];
  let last = 0;
  for (const f of sorted) {
    if (f.start < last) continue;
    if (f.state !== 'exposed') {
      if (tally) tally.alreadyProtected++;
      continue;
    }
    const spec = operatorFor(policy, f);
    if (spec.kind === 'keep') continue;
    let replacement: string;
    try {
      replacement = applyOperator(spec, f, opCtx);
    } catch (error) {
      // Only a value the operator cannot take (too short to encrypt) falls back; a missing key stops the run.
      if (!(error instanceof PiguardError) || error.code !== 'E_INPUT_INVALID') throw error;
      replacement = `<${f.entity}>`;
      if (tally) tally.fallbacks++;
    }
    spans.push({ start: f.start, end: f.end, replacement });
    last = f.end;
    tally?.add(f.entity, f.piType, spec.kind);
  }
  return spans;
}

/**
 * Applies a policy to the findings of one text and returns the text with each exposed value replaced. Findings
 * must come from this text (offsets into it); overlapping findings after the first are skipped.
 */
export function redactText(
  text: string,
  findings: readonly Finding[],
  policy: Policy,
  ctx: OperatorContext,
  tally?: RedactionTally,
): string {
  return replaceSpans(text, redactionSpans(findings, policy, ctx, tally));
}
