// An IBAN printed in groups ("ES59 0049 5030 1129 1601 1246", "NO 02 15037577003") contains runs that look like a
// card, a landline or a mobile number; the IBAN recogniser reports the whole, so the runs inside are not findings.
const IBAN_HEAD = /(?<![A-Za-z])[A-Z]{2} ?\d{2}(?: ?[A-Z0-9]{1,4}){0,8} ?$/;

/** True when the text just before `start` is the beginning of an IBAN (country code, check digits, groups). */
export function followsIbanHead(text: string, start: number): boolean {
  return IBAN_HEAD.test(text.slice(Math.max(0, start - 48), start));
}
