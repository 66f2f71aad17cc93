import type { OperatorSpec } from '../operators/operator-spec.js';
import { parsePolicy, type Policy } from './policy.js';

/**
 * The safe default (issue 5): sensitive PI replaced by its type tag, names pseudonymised, addresses generalised to
 * the city, birth dates to the year, identifiers and everything else masked by display convention.
 */
export const defaultPolicy: Policy = parsePolicy({
  version: 1,
  name: 'default',
  rules: [
    { types: ['PI.BASIC.NAME'], operator: { kind: 'pseudonymize' } },
    { types: ['PI.BASIC.ADDRESS'], operator: { kind: 'generalize' } },
    { types: ['PI.BASIC.BIRTH'], operator: { kind: 'generalize', date: 'year' } },
    { types: ['identifiers'], operator: { kind: 'mask' } },
    { types: ['sensitive'], operator: { kind: 'replace' } },
  ],
  default: { kind: 'mask' },
});

/** The same policy with every keyed operator (hash, pseudonymize, tokenize, shift) replaced by mask, for runs without a key. */
export function withoutKeyedOperators(policy: Policy): Policy {
  const unkeyed = (op: OperatorSpec): OperatorSpec =>
    op.kind === 'hash' || op.kind === 'pseudonymize' || op.kind === 'tokenize' || op.kind === 'shift' ? { kind: 'mask' } : op;
  return parsePolicy({
    ...policy,
    rules: policy.rules.map((r) => ({ types: r.types, operator: unkeyed(r.operator) })),
    default: unkeyed(policy.default),
  });
}

/** Whether a policy uses any keyed operator. */
export function policyNeedsKey(policy: Policy): boolean {
  const keyed = (op: OperatorSpec) => op.kind === 'hash' || op.kind === 'pseudonymize' || op.kind === 'tokenize' || op.kind === 'shift';
  return keyed(policy.default) || policy.rules.some((r) => keyed(r.operator));
}
