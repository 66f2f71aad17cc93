import type { OperatorFn, RedactSpec } from './operator-spec.js';

/** Removes the value altogether. */
export const redact: OperatorFn<RedactSpec> = () => '';
