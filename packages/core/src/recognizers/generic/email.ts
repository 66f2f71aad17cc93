import { defineRecognizer } from '../../recognizer.js';

/** E-mail address (local part, @, a dotted domain with a letter TLD). */
export const email = defineRecognizer({
  meta: {
    id: 'email',
    entity: 'EMAIL',
    piType: 'PI.BASIC.EMAIL',
    country: 'INTL',
    description: 'E-mail address; a numeric local part at qq.com also reveals a QQ number.',
    references: ['RFC 5322 (practical subset)', 'pi-taxonomy.md §3.9'],
    version: 1,
  },
  prefilter: /@/,
  patterns: [
    {
      name: 'email',
      regex:
        /(?<![A-Za-z0-9._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,63})@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,24}(?![A-Za-z0-9-])/g,
      score: 0.9,
    },
  ],
  mask: (value) => {
    const at = value.indexOf('@');
    return `${value[0]}***${value.slice(at)}`;
  },
});
