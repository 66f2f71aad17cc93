import type { IdentifierVector } from '../vectors/identifier-vector.js';
import { readDataFile } from '../vectors/read-data.js';
import { runVectors } from '../vectors/run-vectors.js';
import { ANY_RULE_LABELS } from './any-rule-labels.js';
import type { Suite } from './suite.js';

interface Rule {
  title: string;
  examples: Array<string | number>;
  counterExamples: Array<string | number>;
}

const FILE = 'dev/identifier_test_vectors/any_rule_cn_formats/examples.json';

/** any-rule's examples (labelled by the table in any-rule-labels.ts) and its counter-examples (negatives). */
export const anyRuleCnFormatsSuite: Suite = {
  id: 'any-rule-cn-formats',
  description:
    'any86/any-rule examples of 84 formats: PI formats as positives (checksums applied), other formats and counter-examples as negatives',
  folder: 'dev/identifier_test_vectors/any_rule_cn_formats',
  run({ dataDir, analyzer }) {
    const rules = JSON.parse(readDataFile(dataDir, FILE)) as Rule[];
    const vectors: IdentifierVector[] = [];
    for (const rule of rules) {
      const title = rule.title.trim();
      const label = ANY_RULE_LABELS.find(([prefix]) => title.startsWith(prefix) || (prefix !== '' && title.includes(prefix)))?.[1];
      for (const ex of rule.examples) {
        const value = String(ex);
        const l = label?.(value);
        if (l) vectors.push({ value, ...l });
      }
      for (const ex of rule.counterExamples) {
        const value = String(ex);
        const contextWord = label?.(value)?.contextWord;
        vectors.push({ value, expected: null, ...(contextWord ? { contextWord } : {}) });
      }
    }
    return runVectors('any-rule', vectors, analyzer);
  },
};
