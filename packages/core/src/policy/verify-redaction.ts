import type { Finding } from '../finding.js';
import type { OperatorKind } from '../operators/operator-spec.js';
import type { RedactionChange } from './redact-text.js';

// Operators whose output is meant to read as data of the same type (a fake name, a city, a moved date): a re-scan
// finds them again by design, so they cannot count against the run.
const READABLE: ReadonlySet<OperatorKind> = new Set(['pseudonymize', 'generalize', 'shift', 'keep']);

/**
 * The re-scan check (issue 5): findings of a redacted output that are still exposed and of an entity the run hid
 * (masked, redacted, replaced, hashed or tokenized). An empty result means the output is clean for those types.
 */
export function exposedAfterRedaction(rescan: readonly Finding[], changes: readonly RedactionChange[]): Finding[] {
  const hidden = new Set(changes.filter((c) => !READABLE.has(c.operator)).map((c) => c.entity));
  return rescan.filter((f) => f.state === 'exposed' && hidden.has(f.entity));
}
