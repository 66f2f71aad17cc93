import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/** SHA-256 (first 16 hex digits) over the names and bytes of every file in a folder, to pin the data a table came from. */
export function folderFingerprint(dir: string): string {
  const h = createHash('sha256');
  for (const f of filesUnder(dir)) {
    h.update(f.slice(dir.length));
    h.update('\u0000');
    h.update(readFileSync(f));
  }
  return h.digest('hex').slice(0, 16);
}
