// Common two-character words from jieba's dictionary (MIT, shipped in @node-rs/jieba): the name model's
// "a word covers this character" feature, and the recogniser's rejection of 高度, 黄金, 王国.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const MIN_FREQUENCY = 30;
const FREQUENT_NR = 100;

/**
 * Person names of jieba's dictionary (nr, nrfg, nrt) of 2–4 Han characters, frequency ≥ 3, that begin with a
 * surname; noisy (some places are tagged nr), so they are a feature only. Entries that are only transliteration
 * characters are left out: jieba tags countries, cities and clubs nr or nrt as well as foreign people, and
 * with them in the list the model tagged more places as people (CLUENER dev overlap F1 0.696 → 0.701, false
 * names 142 → 132; Weibo dev 0.707 → 0.728).
 */
export function readKnownNames(surnames: string, notNames: readonly string[]): string[] {
  const require = createRequire(import.meta.url);
  const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const out = new Set<string>();
  for (const line of dict.split('\n')) {
    const [w = '', f = '0', pos = ''] = line.split(' ');
    if (!/^[\u4e00-\u9fff]{2,4}$/.test(w) || Number(f) < 3 || !/^nr(?:fg|t)?$/.test(pos)) continue;
    if (surnames.includes(w[0]!) && !notNames.includes(w)) out.add(w);
  }
  // jieba tags some phrases nr (公共安全, 安全措施): a "name" that starts with a common word is dropped, since
  // the model learns to trust this list and policies and manuals are full of such phrases.
  const common = new Set(readCommonWords());
  for (const w of out) if (w.length >= 3 && common.has(w.slice(0, 2))) out.delete(w);
  return [...out].sort();
}

/** Two-character Han words of frequency ≥ 30 that are not person names (nr*, unless ≥ 100: jieba's noise), sorted. */
export function readCommonWords(): string[] {
  const require = createRequire(import.meta.url);
  const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const out = new Set<string>();
  for (const line of dict.split('\n')) {
    const [w = '', f = '0', pos = ''] = line.split(' ');
    // jieba tags many everyday words nr (顾问, 籍贯, 丛林); a frequent two-character "name" is mostly such a word.
    const name = pos.startsWith('nr') && Number(f) < FREQUENT_NR;
    if (/^[\u4e00-\u9fff]{2}$/.test(w) && Number(f) >= MIN_FREQUENCY && !name) out.add(w);
  }
  return [...out].sort();
}

/**
 * Words of jieba's dictionary that are no person name, for the name slot of negative training sentences:
 * Han words of 2–4 characters, frequency ≥ `minFrequency`, whose part of speech is one of `pos` (ns places,
 * nt organisations, nz other proper nouns, n nouns...). Sorted, so that training stays deterministic.
 */
export function readNonPersonWords(pos: readonly string[], minFrequency: number): string[] {
  const require = createRequire(import.meta.url);
  const dict = readFileSync(require.resolve('@node-rs/jieba/dict.txt'), 'utf8');
  const out = new Set<string>();
  for (const line of dict.split('\n')) {
    const [w = '', f = '0', p = ''] = line.split(' ');
    if (/^[\u4e00-\u9fff]{2,4}$/.test(w) && Number(f) >= minFrequency && pos.includes(p)) out.add(w);
  }
  return [...out].sort();
}
