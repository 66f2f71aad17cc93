import { mod11_2CheckChar } from '../checksums/iso7064-mod11-2.js';
import { isCalendarDate } from '../text/birth-date.js';
import { HIDDEN } from './mask-glyphs.js';

// GB 11643 check: S = Σ wᵢ·dᵢ mod 11 over the 17-digit body, check character CHECK[S].
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';
// GB/T 2260 province codes, plus 71/81/82/83 (Taiwan, Hong Kong, Macao residents' permits).
const PROVINCES = [
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
  83,
];
/** Earliest birth year counted: older completions would be people no list plausibly holds. */
export const EARLIEST_BIRTH_YEAR = 1900;
/** Most completions listed; beyond it only the count is given. */
const MAX_LISTED = 16;
// Raw digit combinations tried when listing completions: small counts come from few hidden digits.
const MAX_TRIED = 200_000;
const HIDDEN_CODE = HIDDEN.charCodeAt(0);

/** What a masked resident ID number leaves open (pi-taxonomy §5.4). */
export interface RicResidual {
  /** Real numbers that fit: visible digits, a province, a calendar date from 1900 to `now`, the checksum. */
  candidates: number;
  /** Earliest and latest birth dates among them (YYYYMMDD), absent when none fit. */
  birthMin?: string;
  birthMax?: string;
  /** The completions themselves, when there are at most 16 of them. */
  completions?: string[];
}

type Histogram = Float64Array;

// Residue histogram of Σ wᵢ·dᵢ over free or fixed digits at positions [from, to), folded into `h` in place.
function digitHistogram(pattern: string, from: number, to: number, h: Histogram): Histogram {
  const next = new Float64Array(11);
  for (let i = from; i < to; i++) {
    const w = WEIGHTS[i] as number;
    const c = pattern.charCodeAt(i);
    next.fill(0);
    if (c === HIDDEN_CODE) {
      for (let d = 0; d <= 9; d++) {
        const add = (w * d) % 11;
        for (let r = 0; r < 11; r++) next[(r + add) % 11] = (next[(r + add) % 11] as number) + (h[r] as number);
      }
    } else {
      const add = (w * (c - 48)) % 11;
      for (let r = 0; r < 11; r++) next[(r + add) % 11] = h[r] as number;
    }
    h.set(next);
  }
  return h;
}

function regionHistogram(pattern: string): Histogram {
  const h = new Float64Array(11);
  for (const p of PROVINCES) {
    const a = Math.floor(p / 10);
    const b = p % 10;
    if ((pattern[0] !== HIDDEN && Number(pattern[0]) !== a) || (pattern[1] !== HIDDEN && Number(pattern[1]) !== b)) continue;
    const r = (WEIGHTS[0] * a + WEIGHTS[1] * b) % 11;
    h[r] = (h[r] as number) + 1;
  }
  return digitHistogram(pattern, 2, 6, h);
}

interface DateSpread {
  h: Histogram;
  min?: string;
  max?: string;
}

const fits = (pattern: string, at: number, text: string): boolean => {
  for (let k = 0; k < text.length; k++) {
    const c = pattern[at + k];
    if (c !== HIDDEN && c !== text[k]) return false;
  }
  return true;
};

const dateCache = new Map<string, DateSpread>();

// Dates 1900-01-01..now that fit the visible date digits, by residue; cached, since list masks repeat.
function dateHistogram(pattern: string, now: Date): DateSpread {
  const datePart = pattern.slice(6, 14);
  const today = now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  const cacheKey = `${datePart}:${today}`;
  const hit = dateCache.get(cacheKey);
  if (hit) return hit;
  const h = new Float64Array(11);
  let min: string | undefined;
  let max: string | undefined;
  for (let y = EARLIEST_BIRTH_YEAR; y <= now.getUTCFullYear(); y++) {
    const ys = String(y);
    if (!fits(pattern, 6, ys)) continue;
    let ry = 0;
    for (let k = 0; k < 4; k++) ry += (WEIGHTS[6 + k] as number) * (ys.charCodeAt(k) - 48);
    for (let m = 1; m <= 12; m++) {
      const ms = m < 10 ? `0${m}` : String(m);
      if (!fits(pattern, 10, ms)) continue;
      const rm = ry + WEIGHTS[10] * Math.floor(m / 10) + WEIGHTS[11] * (m % 10);
      for (let d = 1; d <= 31; d++) {
        if (!isCalendarDate(y, m, d) || y * 10000 + m * 100 + d > today) continue;
        const ds = d < 10 ? `0${d}` : String(d);
        if (!fits(pattern, 12, ds)) continue;
        const r = (rm + WEIGHTS[12] * Math.floor(d / 10) + WEIGHTS[13] * (d % 10)) % 11;
        h[r] = (h[r] as number) + 1;
        const s = ys + ms + ds;
        min ??= s;
        max = s;
      }
    }
  }
  const spread: DateSpread = { h, ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
  if (dateCache.size > 4096) dateCache.clear();
  dateCache.set(cacheKey, spread);
  return spread;
}

function listCompletions(pattern: string, now: Date, limit: number): string[] | undefined {
  const hidden: number[] = [];
  for (let i = 0; i < 17; i++) if (pattern[i] === HIDDEN) hidden.push(i);
  if (10 ** hidden.length > MAX_TRIED) return undefined;
  const today = now.getUTCFullYear() * 10000 + (now.getUTCMonth() + 1) * 100 + now.getUTCDate();
  const out: string[] = [];
  const body = Array.from(pattern.slice(0, 17));
  const total = 10 ** hidden.length;
  for (let c = 0; c < total && out.length <= limit; c++) {
    let x = c;
    for (const i of hidden) {
      body[i] = String(x % 10);
      x = Math.floor(x / 10);
    }
    const b = body.join('');
    if (!PROVINCES.includes(Number(b.slice(0, 2)))) continue;
    const y = Number(b.slice(6, 10));
    const m = Number(b.slice(10, 12));
    const d = Number(b.slice(12, 14));
    if (y < EARLIEST_BIRTH_YEAR || !isCalendarDate(y, m, d) || y * 10000 + m * 100 + d > today) continue;
    const check = mod11_2CheckChar(b) as string;
    if (pattern[17] !== HIDDEN && pattern[17] !== check) continue;
    out.push(b + check);
  }
  return out;
}

/**
 * Counts the real numbers a masked pattern (from `parseMaskedRic`) leaves open, without enumerating them:
 * the checksum is linear, so region, date and sequence digits each give a histogram of residues mod 11
 * and the count is their convolution at the residues the visible check digit allows. Costs well under a
 * millisecond; date spreads are cached per mask.
 */
export function ricResidual(pattern: string, now: Date): RicResidual {
  const dates = dateHistogram(pattern, now);
  const region = regionHistogram(pattern);
  const seq = digitHistogram(pattern, 14, 17, Float64Array.of(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
  let candidates = 0;
  for (let a = 0; a < 11; a++) {
    if (!region[a]) continue;
    for (let b = 0; b < 11; b++) {
      if (!dates.h[b]) continue;
      for (let c = 0; c < 11; c++) {
        if (!seq[c]) continue;
        const r = (a + b + c) % 11;
        if (pattern[17] !== HIDDEN && CHECK[r] !== pattern[17]) continue;
        candidates += (region[a] as number) * (dates.h[b] as number) * (seq[c] as number);
      }
    }
  }
  const out: RicResidual = { candidates };
  if (candidates > 0 && dates.min !== undefined && dates.max !== undefined) {
    out.birthMin = dates.min;
    out.birthMax = dates.max;
  }
  if (candidates > 0 && candidates <= MAX_LISTED) {
    const list = listCompletions(pattern, now, MAX_LISTED);
    if (list) out.completions = list;
  }
  return out;
}
