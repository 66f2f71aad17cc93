import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvidenceEntry } from './evidence-entry.js';
import { CAPTURES_DIR } from './evidence-log.js';
import type { ZipFile } from './zip-writer.js';

/**
 * The capture files of `entries` as an evidence export packs them: the bytes as stored, at
 * `captures/<sha256>`, each once. A capture whose file is missing is left out: the verify verdict names it,
 * and a pack must still be made from what is there.
 */
export async function captureFiles(dir: string, entries: readonly EvidenceEntry[]): Promise<ZipFile[]> {
  const files: ZipFile[] = [];
  const seen = new Set<string>();
  for (const e of entries) {
    if (e.type !== 'capture' || seen.has(e.sha256)) continue;
    seen.add(e.sha256);
    try {
      files.push({ path: `${CAPTURES_DIR}/${e.sha256}`, bytes: await readFile(join(dir, CAPTURES_DIR, e.sha256)) });
    } catch {
      // Missing capture: reported by the verdict.
    }
  }
  return files;
}
