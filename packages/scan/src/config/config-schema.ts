import { isPiType, STANDARD_PROFILES, type StandardProfile } from '@piguard/core';
import { z } from 'zod';

/** The validators a custom recogniser may name; anything else is code, which a config file cannot hold. */
export const CUSTOM_VALIDATORS = ['none', 'luhn', 'mod11-2'] as const;

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

// A group that repeats and holds a repetition itself ((a+)+, (\\d*)*, (x+){2,}) can backtrack
// exponentially on a near miss: refused, since a config file may come from anyone.
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)[+*{]/;

const regexSource = z
  .string()
  .min(1, 'must not be empty')
  .max(1000, 'must be at most 1000 characters')
  .refine((p) => !NESTED_QUANTIFIER.test(p), 'repeats a group that repeats itself (catastrophic backtracking): rewrite it');

const customRecognizerSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case (acme-member-id)'),
    entity: z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'must be SCREAMING_SNAKE (ACME_MEMBER_ID)'),
    piType: z.string().refine(isPiType, 'is not a taxonomy id (see docs: PI.ID.WORK_STUDENT, SPI.FIN.ACCOUNT_OTHER …)'),
    description: z.string().optional(),
    pattern: regexSource,
    /** Extra regex flags besides the global flag: i (ignore case), u (unicode). */
    flags: z
      .string()
      .regex(/^[iu]*$/, 'may only hold the flags i and u')
      .optional(),
    score: z.number().min(0).max(1).default(0.6),
    context: z.array(z.string().min(1)).default([]),
    negativeContext: z.array(z.string().min(1)).default([]),
    contextRequired: z.boolean().default(false),
    validator: z.enum(CUSTOM_VALIDATORS).default('none'),
  })
  .refine((r) => compiles(r.pattern, `g${r.flags ?? ''}`), { message: 'is not a valid regular expression', path: ['pattern'] })
  .refine((r) => !compiles(r.pattern, '') || !new RegExp(r.pattern, r.flags ?? '').test(''), {
    message: 'matches the empty string',
    path: ['pattern'],
  })
  .refine((r) => !r.contextRequired || r.context.length > 0, {
    message: 'contextRequired needs at least one context word',
    path: ['contextRequired'],
  });

/** A custom recogniser as a config file states it: plain data, so worker threads can rebuild it. */
export type CustomRecognizerSpec = z.infer<typeof customRecognizerSchema>;

/** The config file (`piguard.config.json`, `.piguardrc`): every key optional; unknown keys are errors. */
export const configSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Documentation keys: `piguard init` writes them beside the settings they explain; ignored. */
  _comment: z.union([z.string(), z.array(z.string())]).optional(),
  profile: z.enum(STANDARD_PROFILES as [StandardProfile, ...StandardProfile[]]).optional(),
  minScore: z.number().min(0).max(1).optional(),
  types: z.array(z.string().min(1)).optional(),
  exclude: z.array(z.string().min(1)).optional(),
  gitignore: z.boolean().optional(),
  allowList: z
    .strictObject({
      values: z.array(z.string().min(1)).default([]),
      patterns: z.array(regexSource.refine((p) => compiles(p, ''), 'is not a valid regular expression')).default([]),
    })
    .optional(),
  recognizers: z
    .array(customRecognizerSchema)
    .refine((rs) => new Set(rs.map((r) => r.id)).size === rs.length, 'recogniser ids must be unique')
    .optional(),
});

/** A validated config file. */
export type PiguardConfig = z.infer<typeof configSchema>;
