// The grammar of the detail part of a Chinese address (pi-taxonomy §4.2): township → village → road + number
// → compound → building → unit → floor → room. Each component is a sticky regex tried at the current position.

/** Address depth levels of pi-taxonomy §4.2, L1 … L11. */
export const DEPTH_LEVELS = [
  '',
  'province',
  'prefecture',
  'county',
  'township',
  'village',
  'road',
  'compound',
  'building',
  'unit',
  'floor',
  'room',
] as const;

export type DepthLevel = Exclude<(typeof DEPTH_LEVELS)[number], ''>;

const NUM = '(?:\\d{1,5}|[一二三四五六七八九十百零〇]{1,4})';
// A name character: CJK, Latin or digit, but not a function word that ends a phrase (中山路18号的医院).
const NAME = '(?:(?![的了是在到于至把被让给])[\\u4e00-\\u9fa5A-Za-z0-9])';

interface Component {
  level: number;
  kind: DepthLevel;
  re: RegExp;
  /** Lazy name + suffix components: among several that match, the shortest wins (方岩镇 before 方岩镇下宅村). */
  named: boolean;
  /** Characters a named component's suffix starts with; the costly regex runs only when one is near. */
  hint?: RegExp;
  /** The depth the address must already have: a workplace name counts only after a street number. */
  minDepth: number;
}

const c = (level: number, kind: DepthLevel, source: string, named = false, hint?: string, minDepth = 0): Component => ({
  level,
  kind,
  re: new RegExp(source, 'y'),
  named,
  minDepth,
  ...(hint ? { hint: new RegExp(`[${hint}]`) } : {}),
});

const ROAD = '(?:大道|大街|路|街|巷|弄|胡同|里)';
const HOUSE_NO = `${NUM}(?:-\\d{1,4})?(?:号|弄)(?![楼院])`;

// Digit-anchored components are tried before the named ones. A road name without a number is depth 5:
// it places a person in a neighbourhood, not at a door (pi-taxonomy §4.2 puts L6 at road + number).
const COMPONENTS: readonly Component[] = [
  c(5, 'village', `${NUM}(?:村民小组|组|队)`),
  c(6, 'road', HOUSE_NO),
  c(8, 'building', `(?:[A-Za-z]?\\d{1,4}|[A-Za-z]|[一二三四五六七八九十]{1,3})(?:号楼|号院|栋|幢|座|号馆)`),
  c(9, 'unit', `${NUM}单元`),
  c(10, 'floor', `(?:-?\\d{1,2}|[一二三四五六七八九十]{1,3})(?:层|楼|F)(?![盘道梯])`),
  c(11, 'room', `\\d{1,4}(?:-\\d{1,4}){1,3}(?:室|房|号)?`),
  c(11, 'room', `[A-Za-z]?\\d{2,5}(?:室|房|户|号房)`),
  c(8, 'building', `${NAME}{1,6}?(?:[A-Za-z]?\\d{1,4}|[A-Za-z]|[一二三四五六七八九十]{1,3})(?:号楼|栋|幢|座)`, true, '号栋幢座', 3),
  c(5, 'village', `${NAME}{1,6}?${NUM}(?:村民小组|组|队)`, true, '村组队'),
  c(6, 'road', `${NAME}{1,4}?${NUM}(?:-\\d{1,4})?号(?![楼院])`, true, '号'),
  c(11, 'room', `${NAME}{1,6}?\\d{1,4}(?:-\\d{1,4}){1,3}(?:室|房|号)?`, true, '0-9', 3),
  // A workplace or shop after the street number is where a parcel goes (…路844号柯力传感科技股份公司).
  c(
    7,
    'compound',
    `${NAME}{2,14}?(?:有限公司|公司|工厂|厂|商店|店|超市|学校|中学|小学|大学|学院|医院|礼堂|教堂|专柜|基地|仓库|营业部|物业|办公室|实验室|服务台|大门口|门卫|传达室|收发室|局|所)`,
    true,
    '公司厂店超学院堂柜基仓部业室台门卫局所',
    6,
  ),
  c(4, 'township', `${NAME}{2,6}?(?:街道办事处|街道|镇|乡|苏木)`, true, '街镇乡苏'),
  c(5, 'village', `${NAME}{1,6}?(?:社区居委会|社区|居委会|村委会|嘎查|村)`, true, '社居村嘎'),
  c(6, 'road', `${NAME}{1,8}?${ROAD}${HOUSE_NO}`, true, '号弄'),
  c(5, 'road', `${NAME}{1,8}?${ROAD}`, true, '大路街巷弄胡里'),
  c(7, 'compound', `${NAME}{0,6}?(?:${NUM}|[A-Za-z])区`, true, '区'),
  c(
    7,
    'compound',
    `${NAME}{1,10}?(?:小区|花园|家园|新村|公寓|大厦|商厦|写字楼|广场|花苑|名苑|山庄|公馆|大楼|宿舍|市场|商场|工业区|工业园|开发区|园区|宾馆|酒店|学校|仓库|新城|商城|大院|苑|园|府|庭|湾|中心|村|厂)`,
    true,
    '小花家新公大广市商工开园宾酒学仓苑府庭湾城院中村厂',
  ),
];

// A bare room number ends an address that already reached a compound, building or unit (金山新村 301).
const BARE_ROOM = /\s?\d{3,4}(?![\d号年月日元%])/y;
const BARE_HOUSE = /\d{1,5}(?:-[A-Za-z0-9]{1,4})?(?![\d年月日元%])/y;
const SEPARATOR = /[ _·]?/y;
// A named match followed by one of these is only the front of a longer name (科技园 + 路, 阳光园 + 小区).
const CONTINUES = /路|街|大道|巷|弄|胡同|小区|花园|村/y;

/** The parsed detail part: where it ends and the deepest level it reached (0 when nothing matched). */
export interface DetailParse {
  end: number;
  depth: number;
  /** The deepest component's kind, or undefined when nothing matched. */
  kind?: DepthLevel;
}

/** Where a sticky match at `pos` ends (pos for an empty one), or -1; `test` builds no match array. */
function matchAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(text) ? re.lastIndex : -1;
}

/** Parses address components from `pos` onwards; `startDepth` is the depth the place names before it reached. */
export function parseDetail(text: string, pos: number, startDepth: number): DetailParse {
  let end = pos;
  let depth = startDepth;
  let kind: DepthLevel | undefined;
  for (let round = 0; round < 16; round++) {
    let best = -1;
    let chosen: Component | undefined;
    const ahead = text.slice(end, end + 20);
    for (const comp of COMPONENTS) {
      if (depth < comp.minDepth || (comp.hint && !comp.hint.test(ahead))) continue;
      // Inside a street address (depth 6+) a village or township can no longer follow.
      if (depth >= 6 && comp.level <= 5) continue;
      const e = matchAt(comp.re, text, end);
      if (e === -1) continue;
      if (!comp.named) {
        best = e;
        chosen = comp;
        break;
      }
      if (matchAt(CONTINUES, text, e) !== -1) continue;
      if (best === -1 || e < best) {
        best = e;
        chosen = comp;
      }
    }
    if (!chosen) {
      // A bare number after a road name is its house number (利济中路1100-A).
      if (kind === 'road' && depth === 5) {
        const e = matchAt(BARE_HOUSE, text, end);
        if (e !== -1) return { end: e, depth: 6, kind: 'road' };
      }
      if (depth >= 7 && depth < 11) {
        const e = matchAt(BARE_ROOM, text, end);
        if (e !== -1) return { end: e, depth: 11, kind: 'room' };
      }
      break;
    }
    end = best;
    if (chosen.level >= depth) {
      depth = chosen.level;
      kind = chosen.kind;
    }
    // A separator (space, underscore) is crossed only when another component follows it.
    const s = matchAt(SEPARATOR, text, end);
    if (s > end) {
      const next = parseDetail(text, s, depth);
      const k = next.kind ?? kind;
      return next.end > s ? { end: next.end, depth: next.depth, ...(k ? { kind: k } : {}) } : { end, depth, ...(kind ? { kind } : {}) };
    }
  }
  return { end, depth, ...(kind ? { kind } : {}) };
}
