// Types that single a person out alone are direct identifiers, not quasi-identifiers: they must be removed, not
// measured. Quasi-identifiers are the facts many people share but few share all of (Sweeney: birth date, sex, ZIP).
const QUASI_TYPES = [
  'PI.BASIC.BIRTH',
  'PI.BASIC.GENDER',
  'PI.BASIC.ETHNIC',
  'PI.BASIC.NATIONALITY',
  'PI.BASIC.ADDRESS',
  'PI.BASIC.MARITAL',
  'PI.EDU_WORK',
  'PI.LOC.POINT',
];
const QUASI_NAMES =
  /^(?:age|年龄|sex|gender|性别|birth|dob|birthday|出生|生日|zip|postcode|邮编|city|城市|province|省|district|区县|地区|ethnic|民族|nation|国籍|occupation|职业|education|学历|marital|婚姻)/i;

/** A column with the PI types found in it (piType → findings count). */
export interface ColumnTypes {
  column: string;
  types: ReadonlyMap<string, number>;
}

/** Suggests quasi-identifier columns from their detected types or, failing that, their names. */
export function suggestQuasiIdentifiers(columns: readonly ColumnTypes[]): string[] {
  return columns
    .filter((c) => [...c.types.keys()].some((t) => QUASI_TYPES.includes(t)) || QUASI_NAMES.test(c.column.trim()))
    .map((c) => c.column);
}
