import { createAnalyzer } from '../analyzer/create-analyzer.js';
import type { Finding, FindingAttributes, MaskState, Validation } from '../finding.js';
import type { Recognizer } from '../recognizer.js';

/** What one expected finding must look like; unspecified fields are not checked. */
export interface ExpectedFinding {
  entity?: string;
  piType?: string;
  /** The exact raw value found (the span of the original text). */
  value?: string;
  start?: number;
  end?: number;
  validation?: Validation;
  state?: MaskState;
  class?: 'sensitive' | 'general';
  minScore?: number;
  attributes?: Partial<FindingAttributes>;
}

/** A text in which the recogniser must find exactly the expected findings. */
export interface ValidCase {
  name?: string;
  text: string;
  /** Extra context, as a column name would give. */
  context?: string;
  expect: ExpectedFinding[];
}

/** A text in which the recogniser must find nothing. */
export interface InvalidCase {
  name?: string;
  text: string;
  context?: string;
}

export interface RecognizerCases {
  valid: ValidCase[];
  invalid: InvalidCase[];
  /** The document date for ages; fixed so that tests do not change with the calendar. */
  now?: Date;
}

/** A runnable test: `for (const t of recognizerTests(r, cases)) it(t.name, t.run)`. */
export interface RecognizerTest {
  name: string;
  run: () => void;
}

class RecognizerAssertionError extends Error {
  override name = 'RecognizerAssertionError';
}

function check(cond: boolean, message: string): void {
  if (!cond) throw new RecognizerAssertionError(message);
}

function describeFinding(f: Finding): string {
  return `${f.entity}@${f.start}-${f.end} "${f.value}" score=${f.score} ${f.explanation.validation} ${f.state}`;
}

function matches(f: Finding, e: ExpectedFinding): string | undefined {
  const fields: Array<[keyof ExpectedFinding, unknown]> = [
    ['entity', f.entity],
    ['piType', f.piType],
    ['value', f.value],
    ['start', f.start],
    ['end', f.end],
    ['validation', f.explanation.validation],
    ['state', f.state],
    ['class', f.class],
  ];
  for (const [k, actual] of fields)
    if (e[k] !== undefined && e[k] !== actual) return `${k}: expected ${String(e[k])}, got ${String(actual)}`;
  if (e.minScore !== undefined && f.score < e.minScore) return `score ${f.score} < ${e.minScore}`;
  for (const [k, v] of Object.entries(e.attributes ?? {}))
    if (f.attributes[k] !== v) return `attributes.${k}: expected ${String(v)}, got ${String(f.attributes[k])}`;
  return undefined;
}

/**
 * Turns valid/invalid cases into tests, as ESLint's RuleTester does for rules. Rejects duplicate texts,
 * requires both arrays to be non-empty, and checks that every finding lies inside the text and that its
 * value is the text's own slice.
 */
export function recognizerTests(recognizer: Recognizer, cases: RecognizerCases): RecognizerTest[] {
  check(cases.valid.length > 0, `${recognizer.meta.id}: no valid cases`);
  check(cases.invalid.length > 0, `${recognizer.meta.id}: no invalid cases (a failing-validation case is required)`);
  const seen = new Set<string>();
  for (const c of [...cases.valid, ...cases.invalid]) {
    const key = `${c.text}\u0000${c.context ?? ''}`;
    check(!seen.has(key), `${recognizer.meta.id}: duplicate case ${JSON.stringify(c.text)}`);
    seen.add(key);
  }
  const analyzer = createAnalyzer({
    recognizers: [recognizer],
    types: [recognizer.meta.id],
    now: cases.now ?? new Date('2026-01-15T00:00:00Z'),
  });
  const run = (text: string, context?: string): Finding[] => {
    const found = analyzer.analyze(text, context === undefined ? {} : { context });
    for (const f of found) {
      check(f.start >= 0 && f.end <= text.length && f.start < f.end, `offsets out of bounds: ${describeFinding(f)}`);
      check(text.slice(f.start, f.end) === f.value, `value is not the text's slice: ${describeFinding(f)}`);
    }
    return found;
  };
  const tests: RecognizerTest[] = [];
  cases.valid.forEach((c, i) =>
    tests.push({
      name: `valid #${i + 1}: ${c.name ?? c.text.slice(0, 40)}`,
      run: () => {
        const found = run(c.text, c.context);
        check(
          found.length === c.expect.length,
          `expected ${c.expect.length} finding(s), got ${found.length}: ${found.map(describeFinding).join('; ')}`,
        );
        c.expect.forEach((e, j) => {
          const problem = matches(found[j]!, e);
          check(problem === undefined, `finding ${j + 1} (${describeFinding(found[j]!)}): ${problem}`);
        });
      },
    }),
  );
  cases.invalid.forEach((c, i) =>
    tests.push({
      name: `invalid #${i + 1}: ${c.name ?? c.text.slice(0, 40)}`,
      run: () => {
        const found = run(c.text, c.context);
        check(found.length === 0, `expected no finding, got: ${found.map(describeFinding).join('; ')}`);
      },
    }),
  );
  return tests;
}
