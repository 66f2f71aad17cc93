/** How the words of a recogniser stand to a value in a form-like text ("账号：123；订单号：456"). */
export type LabelRelation = 'labelled' | 'other' | 'none';

// Word lists are module constants, called with for every candidate: lower-cased once, not once per call.
const LOWERED = new WeakMap<readonly string[], string[]>();

function loweredWords(words: readonly string[]): string[] {
  let out = LOWERED.get(words);
  if (!out) {
    out = words.map((w) => w.toLowerCase());
    LOWERED.set(words, out);
  }
  return out;
}

/**
 * Whether the nearest of `words` before `start` labels this value (only a short gap without digits lies between,
 * as in "股东账户：A123…" or "公积金个人账号：…"), belongs to another value in between ("股东账户：A123 发票号 456"),
 * or is absent. Form-like texts put labels before values, so the word that matters is the nearest one before.
 */
export function labelBefore(text: string, start: number, words: readonly string[], maxGap = 12, window = 40): LabelRelation {
  const before = text.slice(Math.max(0, start - window), start).toLowerCase();
  const lowered = loweredWords(words);
  let end = -1;
  for (let k = 0; k < words.length; k++) {
    const i = before.lastIndexOf(lowered[k]!);
    const length = words[k]!.length;
    if (i !== -1 && i + length > end) end = i + length;
  }
  if (end === -1) return 'none';
  const gap = before.slice(end);
  return gap.length <= maxGap && !/\d/.test(gap) ? 'labelled' : 'other';
}
