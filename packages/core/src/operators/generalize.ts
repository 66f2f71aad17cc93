import { parseDate } from './date-parts.js';
import { mask } from './mask.js';
import type { GeneralizeSpec, OperatorFn, OperatorInput } from './operator-spec.js';

// Province-level cities and the city level of a Chinese address: 北京市, 浙江省杭州市, 新疆维吾尔自治区乌鲁木齐市.
const CITY = /^(?:.{1,8}?(?:省|自治区))?.{1,8}?(?:市|自治州|地区|盟)/u;

/** The city of a Chinese address (浙江省杭州市), or undefined when it names none. */
export function addressToCity(value: string): string | undefined {
  return CITY.exec(value)?.[0];
}

// Numbers of these types are identifiers, not quantities: a range of phone numbers would keep their leading digits.
const IDENTIFIER_TYPES = /^(?:PI\.ID|PI\.NET|PI\.BASIC\.PHONE|PI\.DEVICE|PI\.AUTH|PI\.CONTACTS|SPI\.FIN)/;

function band(n: number, width: number): string {
  const low = Math.floor(n / width) * width;
  return `${low}-${low + width - 1}`;
}

function generalizeDate(input: OperatorInput, spec: GeneralizeSpec, now: Date): string | undefined {
  const bare = /(?:19|20)\d{2}/.exec(input.value);
  const year = parseDate(input.value)?.year ?? (bare ? Number(bare[0]) : undefined);
  if (year === undefined) return undefined;
  if (spec.date === 'age-band') {
    const age = now.getUTCFullYear() - year;
    return `${band(Math.max(0, age), spec.width ?? 10)}岁`;
  }
  return `${year}年`;
}

/**
 * Coarser values: a birth date to its year (or an age band), an address to its city, an ID number to its prefecture
 * and birth year, a number to a range of `width`. A value it cannot generalise is masked instead.
 */
export const generalize: OperatorFn<GeneralizeSpec> = (input, spec, ctx) => {
  const width = spec.width ?? 10;
  const now = ctx.now ?? new Date();
  const v = input.value;
  let out: string | undefined;
  if (input.entity === 'DATE_OF_BIRTH' || input.piType === 'PI.BASIC.BIRTH') out = generalizeDate(input, spec, now);
  else if (input.entity === 'CN_ADDRESS' || input.piType === 'PI.BASIC.ADDRESS') out = addressToCity(v);
  else if (input.entity === 'CN_RIC18' && /^\d{17}[\dXx]$/.test(v)) {
    // The prefecture (4 digits) and birth year are the quasi-identifiers a release can usually afford.
    out = `${v.slice(0, 4)}00 ${v.slice(6, 10)}年`;
  } else if (!IDENTIFIER_TYPES.test(input.piType) && /^\s*-?\d{1,12}(?:\.\d+)?\s*$/.test(v)) {
    out = band(Math.floor(Number(v)), width);
  }
  return out ?? mask(input, { kind: 'mask' }, ctx);
};
