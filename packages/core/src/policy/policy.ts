import { PiguardError } from '../errors.js';
import { OPERATOR_KINDS } from '../operators/index.js';
import type { OperatorSpec } from '../operators/operator-spec.js';

/**
 * One rule: the operator for findings of these types. A type is an entity (CN_MOBILE), a taxonomy id or prefix
 * (PI.ID, SPI.MED.CONDITION), a class (`sensitive`, `general`), or `identifiers` (every PI.ID type, phones, emails,
 * accounts, cards and device ids).
 */
export interface PolicyRule {
  types: readonly string[];
  operator: OperatorSpec;
}

/** A de-identification policy: ordered rules (first match wins) and the operator for everything else. */
export interface Policy {
  version: 1;
  name?: string;
  rules: readonly PolicyRule[];
  default: OperatorSpec;
}

const SPEC_KEYS: Record<string, readonly string[]> = {
  mask: ['glyph'],
  redact: [],
  replace: ['template'],
  hash: ['encoding', 'length'],
  pseudonymize: ['keepBirthYear', 'keepRegion'],
  tokenize: ['surrogate', 'algorithm'],
  generalize: ['date', 'width'],
  shift: ['maxDays'],
  keep: [],
};

function invalid(where: string, message: string): PiguardError {
  return new PiguardError('E_CONFIG_INVALID', `policy ${where}: ${message}`);
}

/** Checks one operator spec (name and option names); throws E_CONFIG_INVALID. */
export function parseOperatorSpec(raw: unknown, where = 'operator'): OperatorSpec {
  if (typeof raw === 'string') raw = { kind: raw };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw invalid(where, 'expected an object with a kind');
  const kind = (raw as { kind?: unknown }).kind;
  if (typeof kind !== 'string' || !(OPERATOR_KINDS as readonly string[]).includes(kind)) {
    throw invalid(where, `unknown operator ${JSON.stringify(kind)} (one of ${OPERATOR_KINDS.join(', ')})`);
  }
  for (const key of Object.keys(raw)) {
    if (key !== 'kind' && !(SPEC_KEYS[kind] ?? []).includes(key)) throw invalid(where, `${kind} has no option ${key}`);
  }
  const algorithm = (raw as { algorithm?: unknown }).algorithm;
  if (kind === 'tokenize' && algorithm !== undefined && algorithm !== 'ff1' && algorithm !== 'ff3-1')
    throw invalid(where, `tokenize algorithm must be ff1 or ff3-1, not ${JSON.stringify(algorithm)}`);
  return Object.freeze({ ...(raw as OperatorSpec) });
}

/** Validates a policy read from JSON (or built in code) once, returning a frozen copy; throws E_CONFIG_INVALID. */
export function parsePolicy(raw: unknown): Policy {
  if (typeof raw !== 'object' || raw === null) throw invalid('file', 'expected a JSON object');
  const p = raw as { version?: unknown; name?: unknown; rules?: unknown; default?: unknown };
  if (p.version !== 1) throw invalid('version', `expected 1, got ${JSON.stringify(p.version)}`);
  if (!Array.isArray(p.rules)) throw invalid('rules', 'expected an array');
  const rules = p.rules.map((r: unknown, i: number): PolicyRule => {
    const rule = r as { types?: unknown; operator?: unknown };
    if (!Array.isArray(rule?.types) || rule.types.length === 0 || !rule.types.every((t) => typeof t === 'string' && t.length > 0)) {
      throw invalid(`rules[${i}].types`, 'expected a non-empty array of type names');
    }
    return Object.freeze({
      types: Object.freeze([...(rule.types as string[])]),
      operator: parseOperatorSpec(rule.operator, `rules[${i}].operator`),
    });
  });
  return Object.freeze({
    version: 1,
    ...(typeof p.name === 'string' ? { name: p.name } : {}),
    rules: Object.freeze(rules),
    default: parseOperatorSpec(p.default ?? { kind: 'mask' }, 'default'),
  });
}
