// The eval's own reading of GB 11643-1999, written from the standard (pi-taxonomy §3.2), not from the
// engine, so that a bug in the engine's checksum shows up as a miss instead of agreeing with itself.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';
const PROVINCES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82 83'.split(' '),
);

function isDate(y: number, m: number, d: number): boolean {
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

/** An 18-character resident ID (or residence permit) with a known province, a real past birth date and its check character. */
export function residentId18Valid(value: string, now = new Date()): boolean {
  const v = value.toUpperCase();
  if (!/^\d{17}[\dX]$/.test(v) || !PROVINCES.has(v.slice(0, 2))) return false;
  const y = Number(v.slice(6, 10));
  const m = Number(v.slice(10, 12));
  const d = Number(v.slice(12, 14));
  if (y < 1800 || !isDate(y, m, d) || Date.UTC(y, m - 1, d) > now.getTime()) return false;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (v.charCodeAt(i) - 48) * WEIGHTS[i]!;
  return CHECK[sum % 11] === v[17];
}

/** A 15-digit first-generation number: known province and a real 19YY birth date (it has no check digit). */
export function residentId15Valid(value: string): boolean {
  if (!/^\d{15}$/.test(value) || !PROVINCES.has(value.slice(0, 2))) return false;
  return isDate(1900 + Number(value.slice(6, 8)), Number(value.slice(8, 10)), Number(value.slice(10, 12)));
}
