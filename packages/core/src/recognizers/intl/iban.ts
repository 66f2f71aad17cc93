import { isValidEsCcc } from '../../checksums/es-ccc.js';
import { isValidIbanChecksum } from '../../checksums/iso7064-mod97-10.js';
import { ibanFormatsV1 } from '../../data/iban-formats.v1.js';
import type { Candidate } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';

// A country code, the check digits, then alphanumerics with optional single separators; `find` trims the run to the
// country's length, so that a word after the IBAN is never swallowed.
// Lower case is accepted ("my iban is gb42…"): the country length, structure and MOD 97 still have to hold.
const RUN = /(?<![A-Za-z0-9])([A-Za-z]{2}) ?(\d{2})((?:[ .-]?[A-Za-z0-9]){8,34})/g;
const CLASS: Record<string, string> = { n: '[0-9]', a: '[A-Z]', c: '[A-Z0-9]' };

let structures: Map<string, RegExp> | undefined;

// Compiled on first use from the registry notation ('4!a6!n8!n' → ^[A-Z]{4}[0-9]{6}[0-9]{8}$).
function structureOf(country: string): RegExp | undefined {
  structures ??= new Map(
    Object.entries(ibanFormatsV1.bban).map(([cc, f]) => [
      cc,
      new RegExp(`^${f.replace(/(\d+)!([nac])/g, (_m, n: string, k: string) => `${CLASS[k]}{${n}}`)}$`),
    ]),
  );
  return structures.get(country);
}

function find(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(RUN)) {
    const length = ibanFormatsV1.lengths[m[1]!.toUpperCase()];
    if (length === undefined) continue;
    const rest = m[3]!;
    const restStart = m.index + m[0].length - rest.length;
    let need = length - 4;
    let end = -1;
    for (let i = 0; i < rest.length && need > 0; i++) {
      if (/[A-Za-z0-9]/.test(rest[i]!) && --need === 0) end = restStart + i + 1;
    }
    // Too short, or the compact run goes on past the country's length: not this country's IBAN.
    if (end < 0 || /[A-Za-z0-9]/.test(text[end] ?? '')) continue;
    // Groups of four that end on a full group and go on with a short group (…7890 12) are a longer, mistyped number.
    if (length % 4 === 0 && / /.test(text.slice(m.index, end)) && /^ [0-9A-Z]{1,3}(?![0-9A-Za-z])/.test(text.slice(end, end + 5))) continue;
    out.push({ value: text.slice(m.index, end), start: m.index, end, pattern: 'iban', baseScore: 0.5 });
  }
  return out;
}

/** International bank account numbers: country length and BBAN structure from a versioned table, ISO 7064 MOD 97-10. */
export const iban = defineRecognizer({
  meta: {
    id: 'iban',
    entity: 'IBAN',
    piType: 'SPI.FIN.CARD',
    country: 'INTL',
    description:
      "IBAN (ISO 13616): country code + 2 check digits + BBAN of the country's length and structure; MOD 97-10 check (and the Spanish CCC control digits). Compact or in groups.",
    references: ['ISO 13616-1:2020', 'SWIFT IBAN Registry', 'pi-taxonomy.md §3.1', 'python-stdnum stdnum/iban.py'],
    version: 1,
  },
  prefilter: /[A-Za-z]{2} ?\d{2}/,
  find,
  context: {
    words: [
      'iban',
      'bank',
      'account',
      'konto',
      'compte',
      'cuenta',
      '账号',
      '賬號',
      '帳號',
      '账户',
      '帳戶',
      '银行',
      '銀行',
      '汇款',
      '匯款',
      '收款',
    ],
    negative: ['订单号', '訂單號', 'order no', 'invoice', 'serial'],
  },
  validate(value) {
    const compact = value.replace(/[ .-]/g, '').toUpperCase();
    const cc = compact.slice(0, 2);
    if (compact.length !== ibanFormatsV1.lengths[cc]) return { validation: 'invalid', notes: ['length'] };
    const structure = structureOf(cc);
    if (structure && !structure.test(compact.slice(4))) return { validation: 'invalid', notes: ['BBAN structure'] };
    if (!isValidIbanChecksum(compact)) return { validation: 'invalid', notes: ['checksum'] };
    if (cc === 'ES' && !isValidEsCcc(compact.slice(4))) return { validation: 'invalid', notes: ['Spanish CCC control digits'] };
    return { validation: 'valid', attributes: { country: cc } };
  },
  // Banking practice shows the country, the check digits and the last four characters: GB82 **** **** **** **54 32.
  mask: (value) => {
    const total = value.replace(/[^A-Za-z0-9]/g, '').length;
    let seen = 0;
    return value.replace(/[A-Za-z0-9]/g, (c) => (++seen <= 4 || seen > total - 4 ? c : '*'));
  },
});
