// ISO 7064 MOD 97-10 as ISO 13616 uses it for IBANs: move the first four characters to the end, letters become
// 10–35, and the number read that way is ≡ 1 (mod 97). Computed digit by digit so that no big integer is needed.

function mod97(chars: string): number | undefined {
  let r = 0;
  for (let i = 0; i < chars.length; i++) {
    const c = chars.charCodeAt(i);
    if (c >= 48 && c <= 57) r = (r * 10 + (c - 48)) % 97;
    else if (c >= 65 && c <= 90) r = (r * 100 + (c - 55)) % 97;
    else return undefined;
  }
  return r;
}

/** True when a compact, upper-case IBAN passes the mod-97 check. */
export function isValidIbanChecksum(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(iban)) return false;
  return mod97(iban.slice(4) + iban.slice(0, 4)) === 1;
}

/** The two check digits for a country code and a BBAN (upper-case, compact). */
export function ibanCheckDigits(country: string, bban: string): string {
  const r = mod97(`${bban}${country}00`);
  if (r === undefined || !/^[A-Z]{2}$/.test(country)) throw new RangeError('not an upper-case country code and BBAN');
  return String(98 - r).padStart(2, '0');
}
