/**
 * The words a prefilter cannot match without, when it is a plain alternation of literals (`逾期|征信|失信`): one of
 * them, lower-cased, occurs in the lower-cased text wherever the prefilter matches, so the analyzer's one pass for
 * context words can answer for whole windows where none occurs, instead of a regex scan of each. Only ASCII and CJK
 * literals, and no flag but `i` (whose non-Unicode case folding maps an ASCII letter to its other case only, as
 * lower-casing the text does); anything else gives undefined.
 */
export function literalWords(re: RegExp): string[] | undefined {
  if (re.flags !== '' && re.flags !== 'i') return undefined;
  if (!/^[^\\^$.|?*+()[\]{}/\u0080-\u2fff\ua000-\uffff]+(?:\|[^\\^$.|?*+()[\]{}/\u0080-\u2fff\ua000-\uffff]+)*$/.test(re.source)) {
    return undefined;
  }
  return re.source.split('|').map((w) => w.toLowerCase());
}
