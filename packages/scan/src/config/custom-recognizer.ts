import { defineRecognizer, isValidLuhn, type Recognizer, type Validation } from '@piguard/core';
import type { CustomRecognizerSpec } from './config-schema.js';

/**
 * ISO 7064 MOD 11-2 for a body of any length followed by its check character (0–9 or X), as GB 11643
 * uses it for 17 + 1 characters; weights are 2^k mod 11 counted from the check character.
 */
export function isValidIso7064Mod11_2(value: string): boolean {
  if (!/^\d{1,99}[\dXx]$/.test(value)) return false;
  let sum = 0;
  let weight = 2;
  for (let i = value.length - 2; i >= 0; i--) {
    sum += (value.charCodeAt(i) - 48) * weight;
    weight = (weight * 2) % 11;
  }
  const check = (12 - (sum % 11)) % 11;
  return value.slice(-1).toUpperCase() === (check === 10 ? 'X' : String(check));
}

// The checksum covers the value's digits only: prefixes (AM…) and separators are not part of it.
const digitsOf = (value: string): string => value.replace(/\D/g, '');
// For MOD 11-2 a final X is the check character (10).
const digitsAndCheckOf = (value: string): string => digitsOf(value) + (/[Xx]$/.test(value) ? 'X' : '');

const VALIDATORS: Record<CustomRecognizerSpec['validator'], ((value: string) => Validation) | undefined> = {
  none: undefined,
  luhn: (v) => (isValidLuhn(digitsOf(v)) ? 'valid' : 'invalid'),
  'mod11-2': (v) => (isValidIso7064Mod11_2(digitsAndCheckOf(v)) ? 'valid' : 'invalid'),
};

/** Builds a recogniser from a config file's data (already validated by `configSchema`). */
export function compileCustomRecognizer(spec: CustomRecognizerSpec): Readonly<Recognizer> {
  const flags = spec.flags ?? '';
  const validate = VALIDATORS[spec.validator];
  return defineRecognizer({
    meta: {
      id: spec.id,
      entity: spec.entity,
      piType: spec.piType,
      country: 'INTL',
      description: spec.description ?? `custom recogniser ${spec.id} (config file)`,
      references: ['piguard config file'],
      version: 1,
    },
    // The pattern itself is implied by every match, so it is a correct (if not cheap) prefilter.
    prefilter: new RegExp(spec.pattern, flags),
    patterns: [{ name: spec.id, regex: new RegExp(spec.pattern, `g${flags}`), score: spec.score }],
    ...(spec.context.length > 0 || spec.negativeContext.length > 0
      ? {
          context: {
            words: spec.context,
            ...(spec.negativeContext.length > 0 ? { negative: spec.negativeContext } : {}),
            ...(spec.contextRequired ? { required: true } : {}),
          },
        }
      : {}),
    ...(validate ? { validate: (value: string) => validate(value) } : {}),
  });
}
