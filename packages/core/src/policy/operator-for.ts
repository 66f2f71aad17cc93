import type { PiClass } from '../finding.js';
import type { OperatorSpec } from '../operators/operator-spec.js';
import type { Policy } from './policy.js';

/** What a rule matches on. */
export interface TypedValue {
  entity: string;
  piType: string;
  class: PiClass;
}

// Types that single a person out by themselves: what "identifiers" means in a policy.
const IDENTIFIER_PREFIXES = [
  'PI.ID.',
  'PI.BASIC.PHONE',
  'PI.BASIC.EMAIL',
  'PI.NET.',
  'PI.DEVICE',
  'SPI.FIN.',
  'PI.AUTH.',
  'PI.PROP.VEHICLE',
];

function matches(type: string, f: TypedValue): boolean {
  if (type === f.entity || type === f.piType) return true;
  if (type === 'sensitive' || type === 'general') return f.class === type;
  if (type === 'identifiers') return IDENTIFIER_PREFIXES.some((p) => f.piType.startsWith(p));
  // A taxonomy prefix matches at a segment boundary: PI.ID matches PI.ID.RIC, not PI.IDX.
  const prefix = type.endsWith('.') ? type : `${type}.`;
  return f.piType.startsWith(prefix);
}

/** The operator a policy gives a finding: the first rule that names its type, else the default. */
export function operatorFor(policy: Policy, f: TypedValue): OperatorSpec {
  for (const rule of policy.rules) if (rule.types.some((t) => matches(t, f))) return rule.operator;
  return policy.default;
}

/** Whether a type name of a policy selects the finding (exported for `--types`-style filters). */
export function typeMatches(type: string, f: TypedValue): boolean {
  return matches(type, f);
}
