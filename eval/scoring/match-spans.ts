import { addCount, type TypeCounts } from './type-counts.js';

/** A typed span [start, end) of a text, gold or predicted. */
export interface LabeledSpan {
  type: string;
  start: number;
  end: number;
}

/** `exact`: same type and the same span; `overlap`: same type and at least one character in common. */
export type MatchMode = 'exact' | 'overlap';

/** The gold spans missed and the predicted spans that matched nothing, for the miss report. */
export interface SpanErrors {
  missed: LabeledSpan[];
  spurious: LabeledSpan[];
}

function agrees(g: LabeledSpan, p: LabeledSpan, mode: MatchMode): boolean {
  if (g.type !== p.type) return false;
  return mode === 'exact' ? g.start === p.start && g.end === p.end : g.start < p.end && p.start < g.end;
}

/**
 * Matches gold against predicted spans one to one (each predicted span counts for at most one gold
 * span, so two gold values inside one long prediction give one TP and one FN) and adds the outcome to `counts`.
 */
export function scoreSpans(
  gold: readonly LabeledSpan[],
  predicted: readonly LabeledSpan[],
  mode: MatchMode,
  counts: TypeCounts,
): SpanErrors {
  const used = new Array<boolean>(predicted.length).fill(false);
  const missed: LabeledSpan[] = [];
  for (const g of gold) {
    // Prefer an exact agreement even in overlap mode, so that a neighbour does not steal a perfect match.
    let hit = predicted.findIndex((p, i) => !used[i] && agrees(g, p, 'exact'));
    if (hit === -1 && mode === 'overlap') hit = predicted.findIndex((p, i) => !used[i] && agrees(g, p, 'overlap'));
    if (hit === -1) {
      addCount(counts, g.type, 'fn');
      missed.push(g);
    } else {
      used[hit] = true;
      addCount(counts, g.type, 'tp');
    }
  }
  // A finding strictly inside a matched one is a further fact about the same value (the QQ number of a QQ
  // mail address, pi-taxonomy §3.9), which the analyzer keeps by design: neither right nor wrong here.
  const matched = predicted.filter((_, i) => used[i]);
  const nested = (p: LabeledSpan): boolean =>
    matched.some((m) => m.start <= p.start && p.end <= m.end && m.end - m.start > p.end - p.start);
  const spurious = predicted.filter((p, i) => !used[i] && !nested(p));
  for (const p of spurious) addCount(counts, p.type, 'fp');
  return { missed, spurious };
}
