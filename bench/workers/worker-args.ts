import { statSync } from 'node:fs';

/** `FILE [LIMIT_MB]` of a worker: the corpus and how much of it to read. */
export function workerArgs(argv: readonly string[]): { file: string; limitBytes: number; totalBytes: number } {
  const file = argv[2];
  if (!file) throw new Error('usage: node --import tsx bench/workers/<tool>.ts FILE [LIMIT_MB]');
  const size = statSync(file).size;
  const limitBytes = argv[3] ? Number(argv[3]) * 1e6 : Number.POSITIVE_INFINITY;
  return { file, limitBytes, totalBytes: Math.min(size, limitBytes) };
}
