import type { Analyzer, Finding } from '@piguard/core';
import type { EvalDocument } from './eval-document.js';
import { type LabeledSpan, scoreSpans } from './match-spans.js';
import { typeKeyOf } from './type-key.js';
import type { TypeCounts } from './type-counts.js';

/** One error, kept for the miss report: the value itself stays in memory and is masked when printed. */
export interface Miss {
  document: string;
  kind: 'missed' | 'spurious';
  type: string;
  value: string;
  /** For a spurious finding: the recogniser and pattern that produced it. */
  by?: string;
}

/** Counts of one suite variant (e.g. identifiers in a neutral sentence, or after their context word). */
export interface VariantResult {
  variant: string;
  documents: number;
  exact: TypeCounts;
  overlap: TypeCounts;
  misses: Miss[];
}

/**
 * Analyses every document and scores its findings against the gold spans, by exact span and by overlap.
 * Where `evaluated` is given, findings of other types are ignored: the set has no gold for them.
 */
export function scoreDocuments(
  variant: string,
  docs: readonly EvalDocument[],
  analyzer: Analyzer,
  evaluated?: ReadonlySet<string>,
): VariantResult {
  const exact: TypeCounts = new Map();
  const overlap: TypeCounts = new Map();
  const misses: Miss[] = [];
  for (const doc of docs) {
    const findings = analyzer.analyze(doc.text, doc.context === undefined ? {} : { context: doc.context });
    const kept = evaluated ? findings.filter((f) => evaluated.has(typeKeyOf(f))) : findings;
    const predicted: LabeledSpan[] = kept.map((f) => ({ type: typeKeyOf(f), start: f.start, end: f.end }));
    scoreSpans(doc.gold, predicted, 'exact', exact);
    const errors = scoreSpans(doc.gold, predicted, 'overlap', overlap);
    for (const g of errors.missed) misses.push({ document: doc.id, kind: 'missed', type: g.type, value: doc.text.slice(g.start, g.end) });
    for (const p of errors.spurious) {
      const f = kept.find((k: Finding) => k.start === p.start && k.end === p.end && typeKeyOf(k) === p.type);
      misses.push({
        document: doc.id,
        kind: 'spurious',
        type: p.type,
        value: doc.text.slice(p.start, p.end),
        ...(f ? { by: `${f.explanation.recognizer}/${f.explanation.pattern} (${f.entity}, ${f.score})` } : {}),
      });
    }
  }
  return { variant, documents: docs.length, exact, overlap, misses };
}
