import { cnAddressGazetteerV1 } from '../../data/cn-address-gazetteer.v1.js';
import { buildTermTrie, type TermTrie } from '../../text/term-trie.js';
import { ETHNIC_GROUPS } from '../sensitive/ethnic-groups.js';

/** A division name found in text: its level (1 province … 4 township) and whether it is a short form (北京 for 北京市). */
export interface PlaceName {
  level: 1 | 2 | 3 | 4;
  short: boolean;
}

// Ethnic names inside autonomous-area names (广西壮族自治区 → 广西); 蒙古 and 柯尔克孜 also occur without 族.
const ETHNIC_TAILS = [...ETHNIC_GROUPS, '蒙古', '柯尔克孜', '哈萨克'].sort((a, b) => b.length - a.length);

function stripEthnic(name: string): string {
  let s = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const e of ETHNIC_TAILS) {
      if (s.length > e.length + 1 && s.endsWith(e)) {
        s = s.slice(0, -e.length);
        changed = true;
      }
    }
  }
  return s;
}

/** The short form people write for a division name (北京市 → 北京, 延边朝鲜族自治州 → 延边), or undefined. */
export function shortForm(name: string, level: 1 | 2 | 3 | 4): string | undefined {
  if (level === 4) return undefined; // 望京 alone is a word, not a township
  const m = /^(.+?)(特别行政区|自治区|自治州|自治县|自治旗|地区|省|市|盟|区|县|旗)$/.exec(name);
  if (!m) return undefined;
  const stem = m[2]!.startsWith('自治') ? stripEthnic(m[1]!) : m[1]!;
  return stem.length >= 2 && stem !== name ? stem : undefined;
}

let trie: TermTrie<PlaceName> | undefined;

/** The trie of all division names and their short forms; built on first use (about 40k names). */
export function placeNames(): TermTrie<PlaceName> {
  if (trie) return trie;
  const entries: Array<[string, PlaceName]> = [];
  const levels: Array<[string, 1 | 2 | 3 | 4]> = [
    [cnAddressGazetteerV1.townships, 4],
    [cnAddressGazetteerV1.counties, 3],
    [cnAddressGazetteerV1.prefectures, 2],
    [cnAddressGazetteerV1.provinces, 1],
  ];
  // Short forms first, full names after, higher levels last: where one string is several things the later
  // (full, higher) reading wins, so 吉林 reads as the province, not as the prefecture's short form.
  for (const [names, level] of levels) {
    for (const name of names.split('|')) {
      const s = shortForm(name, level);
      if (s) entries.push([s, { level, short: true }]);
    }
  }
  for (const [names, level] of levels) for (const name of names.split('|')) entries.push([name, { level, short: false }]);
  trie = buildTermTrie(entries);
  return trie;
}
