/** Numbers shorter than this (counts, amounts, flags, small keys) hold no identifier. */
const MIN_NUMBER_CHARS = 5;
const NUMBER = /^[-+]?[\d.,]+$/;

/**
 * Whether a cell or value is not worth a fragment: blank, or a number too short to be any identifier.
 * Tables are mostly such cells, and skipping them keeps the per-fragment cost off the scan.
 */
export function isTrivialValue(text: string): boolean {
  if (text.length === 0) return true;
  if (text.length < MIN_NUMBER_CHARS && NUMBER.test(text)) return true;
  return text.trim().length === 0;
}
