import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MissingDataError } from '../suites/suite.js';

/** Reads a UTF-8 file under the data directory, or throws MissingDataError naming it. */
export function readDataFile(dataDir: string, relative: string): string {
  const path = join(dataDir, relative);
  if (!existsSync(path)) throw new MissingDataError(`${relative} not found under ${dataDir}`);
  return readFileSync(path, 'utf8');
}

/** Parses a JSON Lines file under the data directory (blank lines skipped). */
export function readJsonLines<T>(dataDir: string, relative: string): T[] {
  return readDataFile(dataDir, relative)
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}
