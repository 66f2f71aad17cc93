// Spanish bank account code (CCC) control digits, part of every ES IBAN: the first checks "00" + bank + branch, the
// second the account number, each with weights 1, 2, 4, 8, 5, 10, 9, 7, 3, 6 mod 11 (11 → 0, 10 → 1).
const WEIGHTS = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6] as const;

function digit(ten: string): number {
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += (ten.charCodeAt(i) - 48) * WEIGHTS[i]!;
  const d = 11 - (sum % 11);
  return d === 11 ? 0 : d === 10 ? 1 : d;
}

/** The two control digits of a Spanish CCC for a 4-digit bank, 4-digit branch and 10-digit account number. */
export function esCccControl(bank: string, branch: string, account: string): string {
  if (!/^\d{4}$/.test(bank) || !/^\d{4}$/.test(branch) || !/^\d{10}$/.test(account)) throw new RangeError('not a CCC');
  return `${digit(`00${bank}${branch}`)}${digit(account)}`;
}

/** True when a 20-digit Spanish CCC (the BBAN of an ES IBAN) carries the right control digits. */
export function isValidEsCcc(ccc: string): boolean {
  return /^\d{20}$/.test(ccc) && esCccControl(ccc.slice(0, 4), ccc.slice(4, 8), ccc.slice(10)) === ccc.slice(8, 10);
}
