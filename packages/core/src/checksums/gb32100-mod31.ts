// GB 32100-2015 unified social credit code: 18 characters over a 31-character alphabet (no I O S V Z),
// the last one a mod-31 check character with weights 3^i mod 31.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The GB 32100 check character for a 17-character body, or undefined when the body is malformed. */
export function gb32100CheckChar(body: string): string | undefined {
  if (body.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(body[i]!);
    if (v < 0) return undefined;
    sum += v * WEIGHTS[i]!;
  }
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** True when an 18-character code (upper case) carries the right GB 32100 check character. */
export function isValidGb32100(code: string): boolean {
  return code.length === 18 && gb32100CheckChar(code.slice(0, 17)) === code[17];
}
