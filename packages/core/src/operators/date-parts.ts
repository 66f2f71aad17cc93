/** A calendar date found in a value, with where its year, month and day digits sit so that it can be rewritten in place. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
  /** Rewrites the value with another date in the same layout. */
  format(year: number, month: number, day: number): string;
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

// 1990-05-17, 1990/5/17, 1990.05.17, 1990年5月17日, 19900517.
const DATE = /((?:19|20)\d{2})(?:([-/.年])(\d{1,2})([-/.月])(\d{1,2})(日?)|(\d{2})(\d{2}))/;

/** The first date in a value, or undefined. */
export function parseDate(value: string): DateParts | undefined {
  const m = DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const compact = m[7] !== undefined;
  const month = Number(compact ? m[7] : m[3]);
  const day = Number(compact ? m[8] : m[5]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const before = value.slice(0, m.index);
  const after = value.slice(m.index + m[0].length);
  const wide = compact || (m[3] as string).length === 2;
  return {
    year,
    month,
    day,
    format(y, mo, d) {
      const body = compact ? `${y}${pad(mo, 2)}${pad(d, 2)}` : `${y}${m[2]}${wide ? pad(mo, 2) : mo}${m[4]}${wide ? pad(d, 2) : d}${m[6]}`;
      return before + body + after;
    },
  };
}

/** Days since 1970-01-01 of a proleptic Gregorian date. */
export function toDayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / 86_400_000);
}

/** The calendar date of a day number. */
export function fromDayNumber(days: number): { year: number; month: number; day: number } {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
