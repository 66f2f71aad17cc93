import { statSync } from 'node:fs';
import type { RecognizerSet } from './recognizer-sets.js';

/** `FILE [--limit MB] [--set all|identifiers]` of a worker: the corpus, how much of it to read, which recognisers. */
export function workerArgs(argv: readonly string[]): { file: string; limitBytes: number; totalBytes: number; set: RecognizerSet } {
  const file = argv[2];
  if (!file) throw new Error('usage: node --import tsx bench/workers/<tool>.ts FILE [--limit MB] [--set all|identifiers]');
  let limitBytes = Number.POSITIVE_INFINITY;
  let set: RecognizerSet = 'all';
  for (let i = 3; i < argv.length; i++) {
    if (argv[i] === '--limit') limitBytes = Number(argv[++i]) * 1e6;
    else if (argv[i] === '--set') set = argv[++i] === 'identifiers' ? 'identifiers' : 'all';
  }
  return { file, limitBytes, totalBytes: Math.min(statSync(file).size, limitBytes), set };
}
