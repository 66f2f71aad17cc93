import { fileURLToPath } from 'node:url';
import { timedRun } from '../measure/timed-run.js';
import type { RecognizerCost } from '../workers/recognizer-costs.js';

/** Times every default recogniser alone on the first `limitMb` MB of the corpus, slowest first. */
export async function runRecognizerCosts(corpus: string, limitMb: number): Promise<RecognizerCost[]> {
  const script = fileURLToPath(new URL('../workers/recognizer-costs.ts', import.meta.url));
  const run = await timedRun(process.execPath, ['--import', 'tsx', script, corpus, '--limit', String(limitMb)]);
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.exitCode !== 0 || !last.startsWith('['))
    throw new Error(`recognizer-costs failed (exit ${run.exitCode}): ${run.stderrTail.slice(-300)}`);
  return JSON.parse(last) as RecognizerCost[];
}
