/**
 * True when the ':' right before `start` continues a colon-separated hex sequence (`fe80::`, `aa:bb:`) rather
 * than ending a label (`MAC:`, `IP:`, `数值：` after normalisation): a hex address must not start in the middle
 * of another one, but may follow a label written without a space.
 */
export function continuesHexSequence(text: string, start: number): boolean {
  if (text[start - 1] !== ':') return false;
  let i = start - 2;
  if (i >= 0 && text[i] === ':') return true;
  while (i >= 0 && /[0-9A-Za-z]/.test(text[i]!)) i--;
  const token = text.slice(i + 1, start - 1);
  return /^[0-9A-Fa-f]{1,4}$/.test(token);
}
