import {
  AFTER,
  BEFORE,
  BYLINES,
  COMPANY_SUFFIX,
  LEADS,
  NEUTRAL_AFTER,
  NEUTRAL_BEFORE,
  NON_PERSON_FRAMES,
  RESUME,
  TAILS,
} from './lexicons/cn-news-frames.js';
import { CITIES, DISTRICTS, ORGS, PLACES, PROVINCES, ROLES } from './lexicons/cn-sentence-templates.js';
import { GIVEN_NAME_CHARS } from './lexicons/cn-name-chars.js';
import { drawNameKind, FOREIGN_SYLLABLES, generateCnName, TOP_SURNAMES } from './synth-cn-names.js';
import type { Rng } from './random.js';
import { assemble, type TaggedText } from './tagged-text.js';

/** What the generator draws from besides its own lists. */
export interface NewsFillers {
  /** Characters of real text, for uncommon given-name characters. */
  charPool: string;
  /** Known names (the lexicon's), drawn now and then as names. */
  known: readonly string[];
  /** Words that are no person (jieba nouns, verbs, idioms), many starting with a surname character. */
  words: readonly string[];
  /** Places and organisations, many of them transliterations (切尔西, 巴勒莫). */
  places: readonly string[];
}

type Piece = string | { name: string };

/**
 * A brand or shop name (万丰, 雅戈尔, 康力): built like a name, a surname character and a given-name character,
 * or transliteration syllables, so that the model learns that the company word after it decides.
 */
function brand(rng: Rng, f: NewsFillers): string {
  const x = rng.next();
  if (x < 0.4) return rng.pick(TOP_SURNAMES) + rng.pick(GIVEN_NAME_CHARS) + (rng.chance(0.3) ? rng.pick(GIVEN_NAME_CHARS) : '');
  if (x < 0.7) return Array.from({ length: 2 + rng.int(2) }, () => rng.pick(FOREIGN_SYLLABLES)).join('');
  return rng.pick(f.words);
}

const company = (rng: Rng, f: NewsFillers): string => brand(rng, f) + rng.pick(COMPANY_SUFFIX);

/** Expands the placeholders of a fragment (`P` place, `O` organisation, `R` role, `D` number, `C` company). */
function expand(fragment: string, rng: Rng, f: NewsFillers): string {
  let out = '';
  for (const ch of fragment) {
    if (ch === 'P') out += rng.chance(0.7) ? rng.pick(PLACES) : rng.pick(f.places);
    else if (ch === 'O') out += rng.chance(0.5) ? rng.pick(PLACES) + rng.pick(ORGS) : company(rng, f);
    else if (ch === 'R') out += rng.pick(ROLES);
    else if (ch === 'D') out += String(1 + rng.int(rng.chance(0.5) ? 30 : 2020));
    else if (ch === 'C') out += company(rng, f);
    else out += ch;
  }
  return out;
}

/** Turns a fragment with `N` slots into pieces, each `N` a freshly generated name. */
function withNames(fragment: string, rng: Rng, f: NewsFillers): Piece[] {
  const pieces: Piece[] = [];
  for (const part of fragment.split(/(N)/)) {
    if (part === 'N') pieces.push({ name: generateCnName(rng, drawNameKind(rng), f.charPool, f.known) });
    else if (part) pieces.push(expand(part, rng, f));
  }
  return pieces;
}

/** One clause: context before, a name, context after. */
function nameClause(rng: Rng, f: NewsFillers): Piece[] {
  const name = generateCnName(rng, drawNameKind(rng), f.charPool, f.known);
  const quoted = rng.chance(0.04);
  return [expand(rng.pick(BEFORE), rng, f), ...(quoted ? ['“', { name }, '”'] : [{ name }]), expand(rng.pick(AFTER), rng, f)];
}

/** The same clause with a word that is no name in the slot (记者从黄金市场了解到 → 黄金 is no name). */
function wordClause(rng: Rng, f: NewsFillers): Piece[] {
  const word = rng.chance(0.6) ? rng.pick(f.words) : rng.pick(f.places);
  return [expand(rng.pick(NEUTRAL_BEFORE), rng, f), word, expand(rng.pick(NEUTRAL_AFTER), rng, f)];
}

/** A list of names (张三、李四和王五等人). */
function nameList(rng: Rng, f: NewsFillers): Piece[] {
  const n = 2 + rng.int(4);
  const sep = rng.pick(['、', '、', '，', ' ', '和']);
  const pieces: Piece[] = [expand(rng.pick(['', '参加会议的有', '获奖者：', 'R', '成员包括', '出席活动的有']), rng, f)];
  for (let i = 0; i < n; i++) {
    if (i > 0) pieces.push(i === n - 1 && rng.chance(0.4) ? '和' : sep);
    pieces.push({ name: generateCnName(rng, drawNameKind(rng), f.charPool, f.known) });
  }
  pieces.push(rng.pick(['等人', '等', '。', '', '出席。']));
  return pieces;
}

/** A list of things, not people (国家安全、公共安全和个人信息): lists alone are no sign of names. */
function wordList(rng: Rng, f: NewsFillers): Piece[] {
  const n = 2 + rng.int(5);
  const items = Array.from({ length: n }, () => (rng.chance(0.8) ? rng.pick(f.words) : rng.pick(f.places)));
  const lead = expand(rng.pick(['', '包括', '例如', '为了维护', '我们会收集您的', '涉及', '用于', '如']), rng, f);
  return [
    lead +
      items.slice(0, -1).join(rng.pick(['、', '、', '，', '/'])) +
      rng.pick(['和', '及', '、', '或']) +
      items[n - 1]! +
      rng.pick(['等。', '。', '等信息', '的安全']),
  ];
}

const phone = (rng: Rng): string =>
  `1${rng.pick('3578')}${rng.int(10)}${rng.chance(0.3) ? '****' : String(1000 + rng.int(9000))}${1000 + rng.int(9000)}`;

const POI_SUFFIX = [
  '大厦',
  '小区',
  '苑',
  '花园',
  '广场',
  '购物中心',
  '专卖店',
  '工业园',
  '物流',
  '服饰',
  '商行',
  '超市',
  '酒店',
  '家电维修中心',
  '牙科',
  '大酒店',
  '公寓',
  '国际',
  '电子商务部',
  '4S店',
];

/** A written address with a shop or building whose name looks like a name (王升塘村, 尹东小区, 康力大厦). */
function poiAddress(rng: Rng, f: NewsFillers): string {
  const road = rng.pick(TOP_SURNAMES) + rng.pick(GIVEN_NAME_CHARS) + rng.pick(['路', '街', '大道', '东路', '北街']);
  const poi = brand(rng, f) + rng.pick(POI_SUFFIX);
  const unit = rng.chance(0.5) ? `${1 + rng.int(30)}幢${1 + rng.int(4)}单元${100 + rng.int(2000)}室` : '';
  return `${rng.pick(PROVINCES)}${rng.pick(CITIES)}${rng.pick(DISTRICTS)}${road}${1 + rng.int(999)}号${poi}${unit}`;
}

/** An address with its recipient: before it, after it, labelled or not, with a phone number. */
function addressWithRecipient(rng: Rng, f: NewsFillers): Piece[] {
  const name = { name: generateCnName(rng, rng.chance(0.9) ? 'han' : drawNameKind(rng), f.charPool, f.known) };
  const a = poiAddress(rng, f);
  const sep = rng.pick([' ', '，', ',', '  ', '；', '']);
  switch (rng.int(6)) {
    case 0:
      return [a, sep, name, sep, phone(rng)];
    case 1:
      return [name, sep, phone(rng), sep, a];
    case 2:
      return [a, sep, '收件人', rng.pick(['：', ':', '']), name, sep, phone(rng)];
    case 3:
      return [a, sep, name, rng.pick(['收', '（收）', '先生', '女士', ''])];
    case 4:
      return ['联系人', rng.pick(['：', ':', '']), name, sep, '电话', rng.pick(['：', ':', '']), phone(rng), sep, '地址：', a];
    default:
      return [a];
  }
}

/** `count` generated sentences: news clauses, bylines, lists, résumés, addresses and negatives. */
export function generateCnNews(rng: Rng, count: number, f: NewsFillers): TaggedText[] {
  return Array.from({ length: count }, () => {
    const x = rng.next();
    let pieces: Piece[];
    if (x < 0.42) {
      pieces = [expand(rng.pick(LEADS), rng, f), ...nameClause(rng, f)];
      if (rng.chance(0.3)) pieces.push('，', ...(rng.chance(0.7) ? nameClause(rng, f) : wordClause(rng, f)));
      pieces.push(expand(rng.pick(TAILS), rng, f));
    } else if (x < 0.5) {
      pieces = withNames(rng.pick(BYLINES), rng, f);
      if (rng.chance(0.5)) pieces.push(expand(rng.pick(['P的房价持续上涨。', '今年的目标已经完成。', 'O发布了新规。']), rng, f));
    } else if (x < 0.57) pieces = nameList(rng, f);
    else if (x < 0.65) pieces = withNames(rng.pick(RESUME), rng, f);
    else if (x < 0.73) pieces = addressWithRecipient(rng, f);
    else if (x < 0.8) pieces = wordList(rng, f);
    else if (x < 0.9) {
      pieces = [expand(rng.pick(LEADS), rng, f), ...wordClause(rng, f), expand(rng.pick(TAILS), rng, f)];
    } else {
      const frame = rng.pick(NON_PERSON_FRAMES);
      pieces = frame
        .split(/(W)/)
        .map((p) =>
          p === 'W' ? (rng.chance(0.6) ? rng.pick(f.places) : rng.chance(0.5) ? brand(rng, f) : rng.pick(f.words)) : expand(p, rng, f),
        );
    }
    return assemble(pieces);
  });
}
