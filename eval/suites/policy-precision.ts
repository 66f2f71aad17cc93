import type { Miss, VariantResult } from '../scoring/score-documents.js';
import { addCount, type TypeCounts } from '../scoring/type-counts.js';
import { typeKeyOf } from '../scoring/type-key.js';
import { readDataFile } from '../vectors/read-data.js';
import type { Suite } from './suite.js';

/** Sentences of a char-per-line BIOS file (character, tab, tag), blank lines between sentences. */
function sentences(raw: string): string[] {
  return raw
    .split(/\r?\n\s*\r?\n/)
    .map((b) =>
      b
        .split(/\r?\n/)
        .filter((l) => l.length > 0)
        .map((l) => l.split('\t')[0] ?? '')
        .join(''),
    )
    .filter((t) => t.length > 0);
}

/**
 * CA4P-483 privacy-policy dev sentences as a precision set: policies name kinds of PI (手机号, 人脸信息,
 * 健康信息) but hold no one's PI, so every finding is a false positive. Read the fp column per 1,000
 * sentences: fp × 1000 / texts. Evaluation only.
 */
export const policyPrecisionSuite: Suite = {
  id: 'policy-precision',
  description: 'CA4P-483 privacy-policy dev (2,059 sentences): every finding is a false positive (fp per 1,000 = fp × 1000 / texts)',
  folder: 'dev/ca4p483_privacy_policy',
  run({ dataDir, analyzer }): VariantResult[] {
    const texts = sentences(readDataFile(dataDir, 'dev/ca4p483_privacy_policy/dev.char.bios'));
    const counts: TypeCounts = new Map();
    const misses: Miss[] = [];
    texts.forEach((text, i) => {
      for (const f of analyzer.analyze(text)) {
        addCount(counts, typeKeyOf(f), 'fp');
        misses.push({
          document: `policy#${i}`,
          kind: 'spurious',
          type: typeKeyOf(f),
          value: f.value,
          by: `${f.explanation.recognizer}/${f.explanation.pattern} (${f.entity}, ${f.score})`,
        });
      }
    });
    return [{ variant: 'policy sentences', documents: texts.length, exact: counts, overlap: counts, misses }];
  },
};
