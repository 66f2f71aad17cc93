import { defineRecognizer } from '../../recognizer.js';

const G = '*×✱●•○';
// At most this many visible characters in the local part keep the `z***@qq.com` convention.
const CONVENTION_VISIBLE = 3;
const GLYPH = new RegExp(`[${G}]`, 'g');

/**
 * Masked e-mail addresses (`z***@qq.com`, `zh****an@163.com`, `1234***@qq.com`): `masked` when at most 3 characters of
 * the local part show, `partially_masked` when more do. The domain stays visible.
 */
export const emailMasked = defineRecognizer({
  meta: {
    id: 'email-masked',
    entity: 'EMAIL',
    piType: 'PI.BASIC.EMAIL',
    country: 'INTL',
    description: 'Masked e-mail address; masked (≤3 visible local characters) or partially masked.',
    references: ['pi-taxonomy.md §5.3', 'RFC 5322 (practical subset)'],
    version: 1,
  },
  // The validator accepts only a local part with a glyph, so a window holds a glyph at most 63 local-part characters
  // before an `@` wherever it finds anything (a plain `@` is in every window of contact lists and logs).
  prefilter: new RegExp(`[${G}][A-Za-z0-9._%+${G}-]{0,63}@`),
  patterns: [
    {
      name: 'email-masked',
      regex: new RegExp(
        `(?<![A-Za-z0-9._%+${G}-])(?:[A-Za-z0-9._%+-]|[${G}]){1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])`,
        'g',
      ),
      score: 0.85,
    },
  ],
  validate(value) {
    const local = value.slice(0, value.indexOf('@'));
    const hidden = local.match(GLYPH)?.length ?? 0;
    if (hidden === 0) return 'invalid';
    const visible = local.length - hidden;
    const state = visible <= CONVENTION_VISIBLE ? 'masked' : 'partially_masked';
    return {
      validation: 'unchecked',
      state,
      notes: [`${visible} character${visible === 1 ? '' : 's'} of the local part visible`],
    };
  },
  // The preview keeps the first character and the domain, whatever the document showed.
  mask: (value) => `${value[0]}***${value.slice(value.indexOf('@'))}`,
});
