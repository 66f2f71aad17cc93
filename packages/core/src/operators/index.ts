import { PiguardError } from '../errors.js';
import { generalize } from './generalize.js';
import { hash } from './hash.js';
import { mask } from './mask.js';
import type { OperatorContext, OperatorFn, OperatorInput, OperatorKind, OperatorSpec } from './operator-spec.js';
import { pseudonymize } from './pseudonymize.js';
import { redact } from './redact.js';
import { replace } from './replace.js';
import { shift } from './shift.js';
import { tokenize } from './tokenize.js';

type Registry = { [K in OperatorKind]: OperatorFn<Extract<OperatorSpec, { kind: K }>> };

/** Every operator by name: the one list (sorted). */
export const operators: Readonly<Registry> = Object.freeze({
  generalize,
  hash,
  keep: (input) => input.value,
  mask,
  pseudonymize,
  redact,
  replace,
  shift,
  tokenize,
});

/** The operator names, for validating configuration and generating help. */
export const OPERATOR_KINDS = Object.freeze(Object.keys(operators) as OperatorKind[]);

/** Whether an operator needs a key. */
export function needsKey(kind: OperatorKind): boolean {
  return kind === 'hash' || kind === 'pseudonymize' || kind === 'tokenize' || kind === 'shift';
}

/** Applies one operator to one value. */
export function applyOperator(spec: OperatorSpec, input: OperatorInput, ctx: OperatorContext = {}): string {
  const fn = operators[spec.kind] as OperatorFn<OperatorSpec> | undefined;
  if (!fn) throw new PiguardError('E_CONFIG_INVALID', `unknown operator: ${String((spec as { kind: unknown }).kind)}`);
  return fn(input, spec, ctx);
}
