// Taiwan national ID and resident-certificate (UI) numbers: the leading letter stands for a two-digit code whose
// digits weigh 1 and 9; the next eight characters weigh 8..1 and the check digit 1; the sum is ≡ 0 (mod 10).
// The old UI numbers carry a letter A–D in second place, which contributes its code mod 10.
const LETTER_CODES = 'ABCDEFGHJKLMNPQRSTUVXYWZIO';

function letterCode(c: string): number | undefined {
  const i = LETTER_CODES.indexOf(c);
  return i < 0 ? undefined : 10 + i;
}

function weightedSum(body: string): number | undefined {
  const first = letterCode(body[0]!);
  if (first === undefined) return undefined;
  let sum = Math.floor(first / 10) + (first % 10) * 9;
  for (let i = 1; i < 9; i++) {
    const c = body[i]!;
    const d = i === 1 && /[A-D]/.test(c) ? letterCode(c)! % 10 : c.charCodeAt(0) - 48;
    sum += d * (9 - i);
  }
  return sum;
}

/** The check digit of a 9-character Taiwan ID body (letter + [1289A-D] + 7 digits), or undefined. */
export function twIdCheckDigit(body: string): string | undefined {
  if (!/^[A-Z][1289A-D]\d{7}$/.test(body)) return undefined;
  const sum = weightedSum(body);
  return sum === undefined ? undefined : String((10 - (sum % 10)) % 10);
}

/** True when a 10-character Taiwan national ID or UI number carries the right check digit. */
export function isValidTwId(value: string): boolean {
  const v = value.toUpperCase();
  return v.length === 10 && twIdCheckDigit(v.slice(0, 9)) === v[9];
}
