// HKID check character (stdnum-js hk/hkid.ts, OECD TIN sheet): the letters and digits of the body, left-padded to
// eight places with a space worth 36, weighted 9..2; the check makes the sum ≡ 0 (mod 11), 10 written as 'A'.
const WEIGHTS = [9, 8, 7, 6, 5, 4, 3, 2] as const;

function valueOf(c: string): number {
  if (c === ' ') return 36;
  const code = c.charCodeAt(0);
  return code >= 65 ? code - 55 : code - 48;
}

/** The check character ('0'–'9' or 'A') of an HKID body (1–2 capital letters + 6 digits), or undefined. */
export function hkidCheckChar(body: string): string | undefined {
  if (!/^[A-Z]{1,2}\d{6}$/.test(body)) return undefined;
  const padded = body.padStart(8, ' ');
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += valueOf(padded[i]!) * WEIGHTS[i]!;
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? 'A' : String(check);
}

/** True when a compact HKID (body + check, no brackets) carries the right check character. */
export function isValidHkid(compact: string): boolean {
  const v = compact.toUpperCase();
  return v.length >= 8 && hkidCheckChar(v.slice(0, -1)) === v.slice(-1);
}
