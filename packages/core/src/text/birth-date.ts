/** True when y-m-d is a real calendar date. */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= (days[m - 1] as number);
}

/** Whole years between a birth date and `now` (UTC). */
export function ageAt(y: number, m: number, d: number, now: Date): number {
  let age = now.getUTCFullYear() - y;
  const nm = now.getUTCMonth() + 1;
  if (nm < m || (nm === m && now.getUTCDate() < d)) age--;
  return age;
}

/** Age under which all of a person's PI is sensitive (PIPL Art. 28, 31). */
export const MINOR_AGE = 14;
