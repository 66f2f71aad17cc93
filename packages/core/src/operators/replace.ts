import type { OperatorFn, ReplaceSpec } from './operator-spec.js';

/** Replaces the value by a tag (`<CN_MOBILE>`) or a template with `{entity}` and `{piType}`. */
export const replace: OperatorFn<ReplaceSpec> = (input, spec) =>
  (spec.template ?? '<{entity}>').replaceAll('{entity}', input.entity).replaceAll('{piType}', input.piType);
