import { closeSync, existsSync, mkdirSync, openSync, readSync, renameSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { Prng } from './prng.js';
import { corpusLine } from './text-lines.js';

/** Where a corpus of this size and seed is kept; the name pins both, so a rerun reuses it. */
export function corpusPath(dir: string, sizeMb: number, seed: number): string {
  return `${dir}/corpus-${sizeMb}mb-seed${seed}.txt`;
}

/**
 * Writes `sizeMb` MB (10^6 bytes, UTF-8, cut at a line end) of mixed text to `path`, deterministically for a
 * seed; reuses an existing file of that name. Returns the size in bytes.
 */
export function generateCorpus(path: string, sizeMb: number, seed: number): number {
  if (existsSync(path)) return statSync(path).size;
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.part`;
  const fd = openSync(tmp, 'w');
  const r = new Prng(seed);
  const target = sizeMb * 1e6;
  let written = 0;
  try {
    while (written < target) {
      const lines: string[] = [];
      let len = 0;
      while (len < 1 << 20) {
        const l = `${corpusLine(r)}\n`;
        lines.push(l);
        len += l.length;
      }
      let block = Buffer.from(lines.join(''), 'utf8');
      if (written + block.length > target) {
        const cut = block.lastIndexOf(10, target - written - 1);
        block = block.subarray(0, cut + 1);
        if (block.length === 0) break;
      }
      writeSync(fd, block);
      written += block.length;
    }
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
  return written;
}

/** The first `mb` MB of a corpus (cut at a line end) as a file of its own, for tools too slow for all of it. */
export function corpusPrefix(path: string, mb: number): string {
  const out = path.replace(/\.txt$/, `-first${mb}mb.txt`);
  if (existsSync(out)) return out;
  const fd = openSync(path, 'r');
  const buf = Buffer.alloc(Math.min(statSync(path).size, Math.round(mb * 1e6)));
  try {
    readSync(fd, buf, 0, buf.length, 0);
  } finally {
    closeSync(fd);
  }
  writeFileSync(out, buf.subarray(0, buf.lastIndexOf(10) + 1));
  return out;
}
