import { cnPersonNameLexiconV1 } from '../data/cn-person-name-lexicon.v1.js';
import { cnRegionsV1 } from '../data/cn-regions.v1.js';
import { mobileSegmentsV1 } from '../data/cn-mobile-segments.v1.js';

/** The tables pseudonyms draw from, decoded on first use. */
export interface SurrogateTables {
  /** County-level GB/T 2260 codes (6 digits) that are in use. */
  counties: readonly string[];
  /** Allocated mobile prefixes of the big three carriers (not MVNO, not satellite). */
  mobilePrefixes: readonly string[];
  surnames: readonly string[];
  givenChars: readonly string[];
}

let tables: SurrogateTables | undefined;

/** The surrogate tables (shared, frozen). */
export function surrogateTables(): SurrogateTables {
  if (tables) return tables;
  const counties: string[] = [];
  for (const line of cnRegionsV1.prefectures.split('\n')) {
    const bar = line.indexOf('|');
    for (const m of line.slice(bar + 1).matchAll(/(\d{2})\D+/g)) counties.push(line.slice(0, 4) + m[1]);
  }
  const mobilePrefixes = mobileSegmentsV1.entries
    .filter((e) => !e.mvno && e.carrier !== 'satellite' && e.carrier !== 'china-broadnet')
    .map((e) => e.prefix);
  // Simplified-script surnames only (the lexicon's traditional forms follow 陳): a fake name in one script. All of
  // them rather than the commonest: the space of surname × given characters decides how often two names collide.
  const all = Array.from(cnPersonNameLexiconV1.surnames);
  const traditional = all.indexOf('陳');
  const surnames = traditional > 0 ? all.slice(0, traditional) : all;
  const givenChars = Array.from(cnPersonNameLexiconV1.givenChars);
  tables = Object.freeze({ counties, mobilePrefixes, surnames, givenChars });
  return tables;
}
