import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PiguardError } from '@piguard/core';
import type { EvidenceEntry } from './evidence-entry.js';

/** File names inside an evidence directory. */
export const LOG_FILE = 'log.jsonl';
export const HEAD_FILE = 'head.json';
export const CAPTURES_DIR = 'captures';

/** The raw lines of the log (without the final newline). */
export async function readLogLines(dir: string): Promise<string[]> {
  const text = await readFile(join(dir, LOG_FILE), 'utf8');
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** Parses the log; throws E_EVIDENCE_BROKEN naming the first line that is not an entry. */
export async function readEvidenceLog(dir: string): Promise<EvidenceEntry[]> {
  const lines = await readLogLines(dir);
  return lines.map((line, i) => {
    try {
      return JSON.parse(line) as EvidenceEntry;
    } catch {
      throw new PiguardError('E_EVIDENCE_BROKEN', `line ${i + 1} of ${LOG_FILE} is not a JSON entry`);
    }
  });
}
