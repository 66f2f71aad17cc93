// ICAO Doc 9303 part 3 §4.9: characters worth 0–9 (digits), 10–35 (A–Z) and 0 ('<'), weighted 7, 3, 1 repeating.

/** The check digit of an MRZ field, or undefined if the field holds a character the MRZ does not allow. */
export function icaoCheckDigit(field: string): string | undefined {
  const weights = [7, 3, 1];
  let sum = 0;
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i);
    let v: number;
    if (c >= 48 && c <= 57) v = c - 48;
    else if (c >= 65 && c <= 90) v = c - 55;
    else if (c === 60) v = 0;
    else return undefined;
    sum += v * weights[i % 3]!;
  }
  return String(sum % 10);
}

/** True when `check` is the check digit of `field` ('<' as a check stands for 0 on optional data). */
export function isValidIcaoCheck(field: string, check: string): boolean {
  const expected = icaoCheckDigit(field);
  return expected !== undefined && (check === expected || (check === '<' && expected === '0'));
}
