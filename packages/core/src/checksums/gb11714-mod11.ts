// GB 11714-1997 organisation code: 8 body characters (digits or letters A=10 … Z=35) and a check character,
// 11 − Σ mod 11 with weights 3 7 9 10 5 8 4 2; 10 is written X and 11 is written 0.
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function valueOf(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  return -1;
}

/** The GB 11714 check character for an 8-character body, or undefined when the body is malformed. */
export function gb11714CheckChar(body: string): string | undefined {
  if (body.length !== 8) return undefined;
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const v = valueOf(body[i]!);
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/** True when a 9-character organisation code (upper case, no hyphen) has the right check character. */
export function isValidGb11714(code: string): boolean {
  return code.length === 9 && gb11714CheckChar(code.slice(0, 8)) === code[8];
}
