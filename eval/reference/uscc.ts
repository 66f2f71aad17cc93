// GB 32100-2015 as pi-taxonomy §3.7 states it: 31-character alphabet without I O S V Z, weights 3^i mod 31.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** A unified social credit code with a valid check character (spaces allowed between groups). */
export function usccValid(value: string): boolean {
  const v = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(v)) return false;
  let sum = 0;
  let w = 1;
  for (let i = 0; i < 17; i++) {
    sum += ALPHABET.indexOf(v[i]!) * w;
    w = (w * 3) % 31;
  }
  return ALPHABET[(31 - (sum % 31)) % 31] === v[17];
}

/** Registration authority 9 (market regulation), type 2: an individual business, whose code identifies its operator. */
export function isIndividualBusiness(value: string): boolean {
  return value.replace(/\s+/g, '').startsWith('92');
}
