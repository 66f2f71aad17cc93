// HKID and Taiwan national ID check characters, from their public definitions (pi-taxonomy §3.3).
const letterValue = (c: string): number => c.charCodeAt(0) - 55; // A = 10 … Z = 35

/** HKID `A123456(7)` or `AB123456(7)`: weights 9..2 over [space]+letters+digits, mod 11, 10 = A. */
export function hkidValid(value: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\(?([\dA])\)?$/.exec(value.toUpperCase());
  if (!m) return false;
  const letters = m[1]!.length === 1 ? [36, letterValue(m[1]!)] : [letterValue(m[1]![0]!), letterValue(m[1]![1]!)];
  const vals = [...letters, ...m[2]!.split('').map(Number)];
  const sum = vals.reduce((s, v, i) => s + v * (9 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return (check === 10 ? 'A' : String(check)) === m[3];
}

const TW_LETTERS = 'ABCDEFGHJKLMNPQRSTUVXYWZIO'; // A=10 … in the official (non-alphabetical) order

/** Taiwan national ID `A123456789`: letter code split into two digits, weights 1 9 8 7 6 5 4 3 2 1 1, mod 10. */
export function twidValid(value: string): boolean {
  const v = value.toUpperCase();
  if (!/^[A-Z][12]\d{8}$/.test(v)) return false;
  const code = TW_LETTERS.indexOf(v[0]!) + 10;
  const digits = [Math.floor(code / 10), code % 10, ...v.slice(1).split('').map(Number)];
  const weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];
  return digits.reduce((s, d, i) => s + d * weights[i]!, 0) % 10 === 0;
}
