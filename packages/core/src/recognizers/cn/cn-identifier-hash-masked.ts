import { defineRecognizer } from '../../recognizer.js';
import { nearbyWords } from '../generic/nearby-words.js';
import { ID_CONTEXT } from './id-context.js';

const ID_WORDS = [...ID_CONTEXT, 'idcard', 'id_card', 'id_no', 'idno', 'sfz', 'cert_no', 'certno'];
const PHONE_WORDS = ['手机', '手机号', '电话', '手機', '電話', 'mobile', 'phone', 'tel', 'msisdn', 'cell'];
const HASH_WORDS = ['md5', 'sha1', 'sha-1', 'sha256', 'sha-256', 'hash', '哈希', '摘要', '加密', 'digest'];
const ALGORITHM: Record<number, string> = { 32: 'MD5', 40: 'SHA-1', 64: 'SHA-256' };

/**
 * Unsalted hashes of ID or mobile numbers (32, 40 or 64 hex digits beside an ID or phone word): `tokenized`.
 * The value spaces are small (about 1.7 × 10⁹ mobile numbers; ID numbers per region and date), so such a
 * hash is reversed by enumeration: pseudonymised, not anonymous (pi-taxonomy §5.1).
 */
export const cnIdentifierHashMasked = defineRecognizer({
  meta: {
    id: 'cn-identifier-hash-masked',
    entity: 'CN_MOBILE',
    piType: 'PI.BASIC.PHONE',
    country: 'CN',
    description: 'MD5 / SHA-1 / SHA-256 hex digests beside an ID or phone word: tokenised identifiers, reversible by enumeration.',
    references: ['pi-taxonomy.md §5.1 (TOKENISED)', 'PIPL Art. 73(3)-(4)'],
    version: 1,
  },
  prefilter: /[0-9a-fA-F]{32}/,
  patterns: [
    {
      name: 'hex-digest',
      regex: /(?<![0-9A-Za-z_])(?:[0-9a-f]{64}|[0-9A-F]{64}|[0-9a-f]{40}|[0-9A-F]{40}|[0-9a-f]{32}|[0-9A-F]{32})(?![0-9A-Za-z_])/g,
      score: 0.5,
    },
  ],
  context: { words: [...ID_WORDS, ...PHONE_WORDS], required: true, before: 40, after: 15 },
  validate(value, { text, candidate, context }) {
    // Digits only or letters only is a number or a word, not a digest.
    if (!/[0-9]/.test(value) || !/[a-fA-F]/.test(value)) return 'invalid';
    const around = (words: readonly string[]): boolean =>
      nearbyWords(text, candidate.start, candidate.end, words, 40, 15).length > 0 || words.some((w) => (context ?? '').includes(w));
    const isId = around(ID_WORDS);
    const isPhone = around(PHONE_WORDS);
    if (!isId && !isPhone) return 'invalid';
    const algorithm = ALGORITHM[value.length] ?? 'hash';
    return {
      validation: 'unchecked',
      state: 'tokenized',
      // An ID word wins a tie: the more sensitive reading.
      ...(isId ? { entity: 'CN_RIC18', piType: 'PI.ID.RIC' } : {}),
      score: around(HASH_WORDS) ? 0.9 : 0.75,
      attributes: { algorithm },
      notes: [
        `${algorithm} digest of ${isId ? 'an ID' : 'a mobile'} number: unsalted, it is reversed by enumerating the small value space (pi-taxonomy §5.1); pseudonymised, still personal information`,
      ],
    };
  },
  mask: (value) => `${value.slice(0, 6)}…${value.slice(-4)}`,
});
