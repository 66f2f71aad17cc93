import { mod11_2CheckChar } from '../checksums/iso7064-mod11-2.js';

/**
 * A synthetic resident ID number with a computed check digit, for tests and fixtures (never a real person's):
 * region code, birth date YYYYMMDD and a 3-digit sequence (odd = male).
 */
export function generateRic18(region: string, birth: string, seq: string): string {
  const body = `${region}${birth}${seq}`;
  const check = mod11_2CheckChar(body);
  if (check === undefined) throw new RangeError(`not a 17-digit body: ${body}`);
  return body + check;
}
