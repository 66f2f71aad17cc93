// ISO 3779 / 49 CFR 565 vehicle identification number: 17 characters without I, O, Q; position 9 is a
// mod-11 check digit over transliterated values (10 is written X). China's GB 16735 keeps the check digit.
const TRANSLIT: Record<string, number> = {
  A: 1,
  B: 2,
  C: 3,
  D: 4,
  E: 5,
  F: 6,
  G: 7,
  H: 8,
  J: 1,
  K: 2,
  L: 3,
  M: 4,
  N: 5,
  P: 7,
  R: 9,
  S: 2,
  T: 3,
  U: 4,
  V: 5,
  W: 6,
  X: 7,
  Y: 8,
  Z: 9,
};
const WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2];

/** The check character a 17-character VIN should carry at position 9, or undefined when malformed. */
export function vinCheckChar(vin: string): string | undefined {
  if (vin.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const c = vin[i]!;
    const v = c >= '0' && c <= '9' ? c.charCodeAt(0) - 48 : TRANSLIT[c];
    if (v === undefined) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  const r = sum % 11;
  return r === 10 ? 'X' : String(r);
}

/** True when a 17-character VIN (upper case) carries the right check digit at position 9. */
export function isValidVin(vin: string): boolean {
  return vinCheckChar(vin) === vin[8];
}
