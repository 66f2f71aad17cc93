import type { Analyzer } from '@piguard/core';
import type { Miss, VariantResult } from '../scoring/score-documents.js';
import { addCount, type TypeCounts } from '../scoring/type-counts.js';
import { readJsonLines } from '../vectors/read-data.js';
import type { Suite } from './suite.js';

const KEY = 'health document (SPI.MED.*)';

/**
 * Document-level health detection: a text counts as flagged when any finding is SPI.MED.*. Medical texts
 * (cMedQANER and cEHRNER dev) should be flagged (recall = share flagged); CLUENER news sentences should not
 * (each flagged sentence is a false positive: share = fp / texts, target ≤ 1 %).
 */
function flagVariant(variant: string, texts: readonly string[], analyzer: Analyzer, medical: boolean): VariantResult {
  const counts: TypeCounts = new Map();
  const misses: Miss[] = [];
  texts.forEach((text, i) => {
    const health = analyzer.analyze(text).filter((f) => f.piType.startsWith('SPI.MED.'));
    if (medical) {
      addCount(counts, KEY, health.length > 0 ? 'tp' : 'fn');
      if (health.length === 0) misses.push({ document: `${variant}#${i}`, kind: 'missed', type: KEY, value: text.slice(0, 40) });
    } else if (health.length > 0) {
      addCount(counts, KEY, 'fp');
      const f = health[0]!;
      misses.push({
        document: `${variant}#${i}`,
        kind: 'spurious',
        type: KEY,
        value: f.value,
        by: `${f.explanation.recognizer}/${f.explanation.pattern} (${f.piType}, ${f.score})`,
      });
    } else addCount(counts, KEY, 'tp', 0);
  });
  return { variant, documents: texts.length, exact: counts, overlap: counts, misses };
}

export const healthDocumentsSuite: Suite = {
  id: 'health-documents',
  description: 'Share of medical texts flagged as health information (cMedQANER, cEHRNER dev) and of news sentences flagged (CLUENER dev)',
  folder: 'dev/cmedqa_ner',
  run({ dataDir, analyzer }) {
    const texts = (file: string): string[] => readJsonLines<{ text: string }>(dataDir, file).map((r) => r.text);
    return [
      flagVariant('cmedqa dev (medical questions)', texts('dev/cmedqa_ner/dev.json'), analyzer, true),
      flagVariant('cehr dev (clinical records)', texts('dev/cehr_ner/dev.json'), analyzer, true),
      flagVariant('cluener dev (news, negatives)', texts('dev/cluener2020/dev.json'), analyzer, false),
    ];
  },
};
