import type { Finding } from '../finding.js';
import type { OperatorKind } from '../operators/operator-spec.js';
import type { RedactionChange } from './redact-text.js';

// Operators whose output is meant to read as data of the same type (a fake name, a city, a moved date): a re-scan
// finds them again by design, so they cannot count against the run.
const READABLE: ReadonlySet<OperatorKind> = new Set(['pseudonymize', 'generalize', 'shift', 'keep']);

/**
 * The re-scan check (issue 5): findings of a redacted output that are still exposed and of an entity the run hid
 * (masked, redacted, replaced, hashed or tokenized). An empty result means the output is clean for those types.
 * With the output `text`, findings inside surrogate-annotated tokens do not count.
 */
export function exposedAfterRedaction(rescan: readonly Finding[], changes: readonly RedactionChange[], text?: string): Finding[] {
  const hidden = new Set(changes.filter((c) => !READABLE.has(c.operator)).map((c) => c.entity));
  const tokens = text === undefined ? [] : tokenSpans(text);
  return rescan.filter((f) => f.state === 'exposed' && hidden.has(f.entity) && !tokens.some(([s, e]) => f.start >= s && f.end <= e));
}

// Tokens are ciphertext that may look like a number of the same type (that is what format-preserving means): a
// finding inside a `{{ENTITY:…}}` annotation is a token, not exposed PI.
function tokenSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/\{\{[A-Z][A-Z0-9_]{0,63}(?:\|FF3-1)?:[^{}]{1,512}?\}\}/g)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}
