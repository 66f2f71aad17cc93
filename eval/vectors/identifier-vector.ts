import type { EvalDocument } from '../scoring/eval-document.js';

/**
 * A single value from a test-vector set and what it should be found as. `expected: null` makes it a
 * negative (any finding on it is a false positive). `span` narrows the gold span inside the value, as for
 * the IP address of `127.0.0.1:8080`.
 */
export interface IdentifierVector {
  value: string;
  expected: string | null;
  /** The natural context word of the (pretended) type, e.g. 身份证号 for an ID number, valid or not. */
  contextWord?: string;
  /** Format-only identifiers (QQ, passport, 15-digit ID) are PI only beside context: not expected in the neutral sentence. */
  needsContext?: boolean;
  span?: [number, number];
}

// Neither prefix holds a context word of any type (pi-taxonomy §6), so the neutral sentence tests the value alone.
const NEUTRAL_PREFIX = '数值：';
const SUFFIX = '。';

function documentOf(id: string, prefix: string, v: IdentifierVector, withGold: boolean): EvalDocument {
  const start = prefix.length + (v.span?.[0] ?? 0);
  const end = prefix.length + (v.span?.[1] ?? v.value.length);
  return {
    id,
    text: `${prefix}${v.value}${SUFFIX}`,
    gold: withGold && v.expected !== null ? [{ type: v.expected, start, end }] : [],
  };
}

/**
 * The two ways a single value is measured: alone in a neutral sentence (`数值：V。`), and after its natural
 * context word (`身份证号：V。`). Context-only identifiers are left out of the neutral variant, since no
 * reader could call a bare 9-digit number a QQ number; negatives appear in both.
 */
export function vectorDocuments(
  source: string,
  vectors: readonly IdentifierVector[],
): { neutral: EvalDocument[]; context: EvalDocument[] } {
  const neutral: EvalDocument[] = [];
  const context: EvalDocument[] = [];
  vectors.forEach((v, i) => {
    if (!(v.needsContext && v.expected !== null)) neutral.push(documentOf(`${source}#${i}`, NEUTRAL_PREFIX, v, true));
    if (v.contextWord) context.push(documentOf(`${source}#${i}`, `${v.contextWord}：`, v, true));
  });
  return { neutral, context };
}

/** Drops repeated (value, expected) pairs, which some sets list twice. */
export function uniqueVectors(vectors: readonly IdentifierVector[]): IdentifierVector[] {
  const seen = new Set<string>();
  return vectors.filter((v) => {
    const key = `${v.value}\u0000${v.expected}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
