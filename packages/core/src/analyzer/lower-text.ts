/** Lower-cased views of a text's ranges, for context matching. */
export interface LowerText {
  /** The lower-cased characters [start, end) of the text, clamped to its bounds. */
  slice(start: number, end: number): string;
  /** The whole text lower-cased, or undefined when lower-casing moves offsets (then only `slice` is exact). */
  whole(): string | undefined;
}

/**
 * Lower-cases the whole text once, on first use, when that keeps every offset (almost always; 'İ' is one
 * exception), instead of once per candidate; otherwise each range is lower-cased on its own. A closure, not a
 * class: V8 kept deoptimising a class whose fields changed type on first use.
 */
export function lowerText(text: string): LowerText {
  const n = text.length;
  let source: string | undefined;
  let perRange = false;
  const load = (): void => {
    if (source !== undefined || perRange) return;
    const lower = text.toLowerCase();
    if (lower.length === n) source = lower;
    else perRange = true;
  };
  return {
    slice(start, end) {
      const s = start < 0 ? 0 : start;
      const e = end > n ? n : end;
      if (e <= s) return '';
      load();
      return source === undefined ? text.slice(s, e).toLowerCase() : source.slice(s, e);
    },
    whole() {
      load();
      return source;
    },
  };
}
