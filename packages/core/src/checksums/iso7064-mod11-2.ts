// ISO 7064 MOD 11-2 as GB 11643-1999 uses it for resident ID numbers: weights 2^(17-i) mod 11.
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

/** The check character ('0'–'9' or 'X') for a 17-digit body, or undefined if the body is not 17 digits. */
export function mod11_2CheckChar(body: string): string | undefined {
  if (!/^\d{17}$/.test(body)) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (body.charCodeAt(i) - 48) * (WEIGHTS[i] as number);
  return CHECK[sum % 11];
}

/** True when an 18-character value's last character is the MOD 11-2 check of the first 17 digits. */
export function isValidMod11_2(value: string): boolean {
  if (value.length !== 18) return false;
  const check = mod11_2CheckChar(value.slice(0, 17));
  return check !== undefined && check === value[17]!.toUpperCase();
}
