import type { Candidate } from '../recognizer.js';
import { buildTermTrie, type TermTrie } from '../text/term-trie.js';
import type { TextRange } from './cn-name-tagger.js';
import { COMPOUND_FIRST, GIVEN, SURNAME, TRANSLIT, type CnNameLexicon } from './cn-name-lexicon.js';
import type { TagSpan } from './tag-spans.js';

// Rules around the model (pi-taxonomy.md §4.1, §5.3): form and waybill anchors, masked names, dotted
// minority and foreign names, a whole table cell under a name column, and dictionary-word rejection.

/** Field labels after which a name follows (姓名：…, 收件人 …). */
export const NAME_LABELS = [
  '姓名',
  '名字',
  '户主',
  '申请人',
  '联系人',
  '收件人',
  '收货人',
  '寄件人',
  '患者',
  '病人',
  '就诊人',
  '投保人',
  '被保险人',
  '受益人',
  '当事人',
  '被告人',
  '原告',
  '被告',
  '监护人',
  '家长',
  '法定代表人',
  '经营者',
  '开户名',
  '户名',
  '持卡人',
  '学生姓名',
  // Traditional forms (Hong Kong, Taiwan).
  '聯絡人',
  '聯繫人',
  '申請人',
  '監護人',
  '當事人',
  '戶主',
  '收貨人',
  '被保險人',
];
// A trie, not a regex alternation of 34 labels: the regex tried every alternative at every character of a chunk.
const LABELS = buildTermTrie(NAME_LABELS.map((l) => [l, true] as const));
const LABEL_SEPARATOR = /[\s:：]/;
// Labels of the next field in a form written without separators (姓名张三性别男).
const NEXT_FIELD = /性别|年龄|电话|手机|身份|证件|地址|住址|民族|出生|籍贯|职业|单位|联系|学号|工号|科室|床号|诊断|邮编|日期|金额|签名/;
const MASK = '[*×●○]';
// Surnames that are also everyday words before 某 (于某日, 和某些, 有某种): never a masked name there.
const FUNCTION_SURNAMES = new Set('于和有向时相从将与以为在对给把被比跟同及由自当其'.split(''));
const NOT_AFTER_MOU = /^[些种个项位天日年月时处地人方一件类部段次样点所]/;
const HAN = /[\u4e00-\u9fff]/;
const DOTTED = /[\u4e00-\u9fff]{1,10}(?:[·•.\-\u30fb][\u4e00-\u9fff]{1,10}){1,3}/g;
const DOTTED_HINT = /[\u4e00-\u9fff][·•.\-\u30fb][\u4e00-\u9fff]/;

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Priority of a candidate kind when two overlap: rules that saw an explicit sign beat the model. */
export const PRIORITY: Record<string, number> = { masked: 6, form: 5, dotted: 4, title: 3.5, model: 3, repeat: 2, cell: 1 };

// A name is not followed by a place, organisation, building or shop word (布莱克本队, 盖蒂博物馆, 康力大厦,
// 华升塑料) and does not end in a form of address (张总, 江先生: a reference to a person, not the name).
const NON_PERSON_AFTER =
  /^(?:队|公司|集团|银行|自治|族|经济|开发区|码头|汽配|岛|市|省|县|区|镇|村|路|街|馆|宫|园|湖|河|港|站|大学|学院|俱乐部|酒店|球场|博物馆|夷|城|州|国|军|省|山脉|海峡|联赛|杯|小区|苑|大厦|广场|商场|购物|中心|工业|花园|专卖|服饰|科技|电器|电力|塑料|印刷|物流|贸易|家电|牙科|股份|有限|实业|药业|控股|4S)/;
// In a written address a name-shaped word between address parts is a place or a building (某某镇X桥, X151号,
// 某某北路X花苑): a number with a unit after it, or two address suffixes just before it and more Han after it
// that is no sign of a person (收, 先生, 电话, a verb of speech).
const NUMBERED_UNIT_AFTER = /^\s?[0-9０-９一二三四五六七八九十]{1,5}(?:号|幢|栋|弄|室|单元|楼|区|期|座|层|组|排|街|路)/;
const ADDRESS_SUFFIX = /[省市区县镇乡村路街道巷弄号]/g;
const PERSON_NEXT = /[收先女电手联说表称的在是和与、，,：:（(]/;

/** Whether the span sits inside a written address as one of its parts (see NUMBERED_UNIT_AFTER). */
function insideAddress(text: string, s: TagSpan): boolean {
  if (NUMBERED_UNIT_AFTER.test(text.slice(s.end, s.end + 8))) return true;
  const next = text[s.end];
  if (next === undefined || !HAN.test(next) || PERSON_NEXT.test(next)) return false;
  const before = text.slice(Math.max(0, s.start - 8), s.start);
  if (!/[省市区县镇乡村路街道巷弄号]\s?$/.test(before)) return false;
  return (before.match(ADDRESS_SUFFIX)?.length ?? 0) >= 2;
}

const ADDRESS_END = /(?:总|董|局|先生|女士|小姐|师傅|大爷|阿姨)$/;
// Place-name endings (方岩镇, 吴兴区, 程家村, 钱江路); 家 only closes a two-character span (林家: the Lin family).
const PLACE_END = /(?:镇|区|路|村|庄|街|巷|号|乡|县|市|省|港|苑|道|弄|幢|栋|楼|室|园)$/;
// Surnames that are also verbs or prepositions (曾任, 任中国, 于是): such a span is a name only when what
// follows the first character is not a verb and not a common word.
const VERB_SURNAMES = new Set('曾任于和向从将对以为时有成'.split(''));
const VERB_AFTER = /^.[任获在经被是多先参担于为作与和有将把对向从因以]/;
const PLACE_ENDING = /[亚堡姆人]/;
// A pronoun or conjunction is never a given name (向您, 方或, 和你).
const FUNCTION_SECOND = /^.[您你我他她它们的了是在和与及或等]/;
// A demonstrative and a measure word open a noun phrase (那本书, 这位老师): 那 is a surname too, but not here.
const DEMONSTRATIVE = /^[那这哪][本个些位种样件次把张条只篇部所家]/;
// Function words never end a name (曾被, 曾将, 暴雪却): the span ran into the verb phrase.
const FUNCTION_END = /[被将的了却也都就又还把对从向是]$/;

/** The whole text as the one range to search, for callers that have no Han ranges. */
export const wholeText = (text: string): TextRange[] => [{ start: 0, end: text.length }];

/**
 * Leftmost-longest, non-overlapping matches of `trie` that start inside `ranges` (as `trie.scan` finds them in
 * the whole text when every word lies inside a range: Han words do, in Han ranges).
 */
export function scanRanges<T>(
  trie: TermTrie<T>,
  text: string,
  ranges: readonly TextRange[],
): Array<{ start: number; end: number; value: T }> {
  const out: Array<{ start: number; end: number; value: T }> = [];
  for (const r of ranges) {
    // longestAt tests its first-two-characters filter before walking (nextStart would run past the range).
    let i = r.start;
    while (i < r.end) {
      const hit = trie.longestAt(text, i);
      if (hit) {
        out.push({ start: i, end: hit.end, value: hit.value });
        i = hit.end;
      } else i++;
    }
  }
  return out;
}

/** Whether a span ends like a place, a form of address or a verb phrase (钱江路, 姚先生, 成立的), or a place word follows it. */
export function endsLikeNoName(text: string, s: TagSpan): boolean {
  const value = text.slice(s.start, s.end);
  return (
    PLACE_END.test(value) || ADDRESS_END.test(value) || FUNCTION_END.test(value) || NON_PERSON_AFTER.test(text.slice(s.end, s.end + 3))
  );
}

/** The share of Han characters in `value` that are transliteration characters. */
function translitShare(value: string, lex: CnNameLexicon): number {
  let han = 0;
  let translit = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (!isHan(c)) continue;
    han++;
    if (lex.classes[c]! & TRANSLIT) translit++;
  }
  return han === 0 ? 0 : translit / han;
}

/** A model span without dots at its ends (米拉· → 米拉). */
export function trimModelSpan(text: string, s: TagSpan): TagSpan {
  let { start, end } = s;
  while (end > start && /[·•.\-\u30fb\s]/.test(text[end - 1]!)) end--;
  while (start < end && /[·•.\-\u30fb\s]/.test(text[start]!)) start++;
  return { start, end };
}

/**
 * Drops model spans that are no name: no Han character, one character, a common word (高度, 王国), a surname
 * glued to a word (曾参与, 黄设计师), a place or a form of address, a dotted chain of non-transliterations (马久邑-富美).
 */
export function keepModelSpan(text: string, s: TagSpan, lex: CnNameLexicon): boolean {
  const len = s.end - s.start;
  const value = text.slice(s.start, s.end);
  if (len < 2 || len > 16 || !HAN.test(value)) return false;
  const word = (i: number): boolean => lex.isCommonWord(text.charCodeAt(i), text.charCodeAt(i + 1));
  if (len === 2 && (word(s.start) || (s.end < text.length && word(s.start + 1)))) return false;
  if (/[·•.\-\u30fb]/.test(value) && translitShare(value, lex) < 0.6) return false;
  if (NON_PERSON_AFTER.test(text.slice(s.end, s.end + 3)) || ADDRESS_END.test(value) || PLACE_END.test(value)) return false;
  if (len === 2 && value.endsWith('家')) return false;
  if (insideAddress(text, s)) return false;
  // A transliteration cut before a place ending (霍芬海|姆, 博洛尼|亚, 沃尔夫斯|堡, 凯尔特|人) is a club or a city.
  if (PLACE_ENDING.test(text[s.end] ?? '') && translitShare(value, lex) >= 0.6) return false;
  if (FUNCTION_END.test(value) || FUNCTION_SECOND.test(value) || DEMONSTRATIVE.test(value)) return false;
  if (VERB_SURNAMES.has(value[0]!) && (VERB_AFTER.test(value) || (len >= 3 && word(s.start + 1)))) return false;
  return true;
}

/** Masked names: surname + mask (张*, 欧阳**, 张某某: masked), surname + mask + given character (张*丰: partial). */
export function maskedNames(text: string, lex: CnNameLexicon): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(`${MASK}{1,3}|某{1,2}`, 'g');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const at = m.index;
    const c1 = text.charCodeAt(at - 1);
    const c2 = text.charCodeAt(at - 2);
    let start = -1;
    if (at >= 2 && lex.isCompoundSurname(c2, c1)) start = at - 2;
    else if (at >= 1 && (lex.classes[c1]! & SURNAME) !== 0) start = at - 1;
    if (start < 0) continue;
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 1); // one character decides
    if (m[0][0] === '某' && (FUNCTION_SURNAMES.has(text[start]!) || NOT_AFTER_MOU.test(after))) continue;
    let end = m.index + m[0].length;
    let pattern = 'masked-surname';
    // 张*丰: one mask between the surname and a given-name character, then no more Han.
    if (m[0].length === 1 && m[0] !== '某' && (lex.classes[text.charCodeAt(end)]! & GIVEN) !== 0 && !isHan(text.charCodeAt(end + 1))) {
      end++;
      pattern = 'masked-given-visible';
    }
    out.push({ value: text.slice(start, end), start, end, pattern, baseScore: 0.6 });
  }
  return out;
}

/** The name after a form or waybill label: the Han run, cut at the next field label, at most 4 characters unless dotted. */
export function formNames(
  text: string,
  modelSpans: readonly TagSpan[],
  lex: CnNameLexicon,
  ranges: readonly TextRange[] = wholeText(text),
): Candidate[] {
  const out: Candidate[] = [];
  for (const label of scanRanges(LABELS, text, ranges)) {
    let start = label.end;
    while (start < text.length && LABEL_SEPARATOR.test(text[start]!)) start++;
    // Without a separator (持卡人在选择) the label is only a word in a sentence, unless the model agrees or
    // a surname follows that does not begin a common word (姓名张伟性别男).
    const separated = start > label.end;
    const c0 = text.charCodeAt(start);
    const surnameFirst =
      (lex.classes[c0]! & SURNAME) !== 0 && !VERB_SURNAMES.has(text[start]!) && !lex.isCommonWord(c0, text.charCodeAt(start + 1));
    // 用户名 is a user name (an account), not the 户名 of a bank account holder.
    if (text.startsWith('户名', label.start) && text[label.start - 1] === '用') continue;
    if (!separated && !surnameFirst && !modelSpans.some((s) => s.start === start)) continue;
    let end = start;
    while (end < text.length && end - start < 24) {
      const c = text.charCodeAt(end);
      if (isHan(c) || (end > start && /[·•.\-*×●○]/.test(text[end]!))) end++;
      else if (end === start && /[*×●○]/.test(text[end]!)) end++;
      else break;
    }
    let run = text.slice(start, end);
    const next = NEXT_FIELD.exec(run);
    if (next && next.index >= 2) run = run.slice(0, next.index);
    if (run.length < 2) continue;
    if (run.length > 4 && !/[·•.-]/.test(run)) {
      const model = modelSpans.find((s) => s.start === start && s.end - s.start >= 2);
      const compound =
        (lex.classes[run.charCodeAt(0)]! & COMPOUND_FIRST) !== 0 && lex.isCompoundSurname(run.charCodeAt(0), run.charCodeAt(1));
      run = model ? text.slice(model.start, model.end) : run.slice(0, compound ? 4 : 3);
    }
    const pattern = /[*×●○]/.test(run) ? 'form-masked' : 'form';
    out.push({ value: run, start, end: start + run.length, pattern, baseScore: 0.8 });
  }
  return out;
}

/** Dotted names (买买提·艾力, 丹尼斯·霍珀): most characters must be transliteration characters. */
export function dottedNames(text: string, lex: CnNameLexicon): Candidate[] {
  const out: Candidate[] = [];
  // Most texts have no dot between two Han characters: one cheap scan saves DOTTED's backtracking at every one.
  const first = DOTTED_HINT.exec(text);
  if (first === null) return out;
  DOTTED.lastIndex = Math.max(0, first.index - 10);
  for (let m = DOTTED.exec(text); m !== null; m = DOTTED.exec(text)) {
    // The regex runs on into the sentence after the last part (艾力在乌鲁木齐): cut it at the first
    // non-transliteration character after two characters, and at six at most.
    const lastDot = Math.max(...[...'·•.-\u30fb'].map((d) => m![0].lastIndexOf(d)));
    let end = lastDot + 1;
    while (end < m[0].length && end - lastDot <= 6) {
      if (end - lastDot > 2 && (lex.classes[m[0].charCodeAt(end)]! & TRANSLIT) === 0) break;
      end++;
    }
    // Likewise the first part may have started inside the preceding words (据买买提).
    const firstDot = m[0].search(/[·•.\-\u30fb]/);
    let from = Math.max(0, firstDot - 6);
    while (firstDot - from > 2 && (lex.classes[m[0].charCodeAt(from)]! & TRANSLIT) === 0) from++;
    const value = m[0].slice(from, end);
    if (translitShare(value, lex) < 0.6) continue;
    out.push({ value, start: m.index + from, end: m.index + from + value.length, pattern: 'dotted', baseScore: 0.7 });
  }
  return out;
}

/** A whole short cell shaped like a name (张三, 欧阳娜娜): reported only with a name column as context. */
export function cellName(text: string, lex: CnNameLexicon): Candidate[] {
  const t = text.trim();
  const start = text.indexOf(t);
  if (t.length < 2 || t.length > 20) return [];
  const shaped = /^[\u4e00-\u9fff]{2,4}$/.test(t)
    ? (lex.classes[t.charCodeAt(0)]! & SURNAME) !== 0 || t.length >= 3
    : /^[\u4e00-\u9fff]{1,10}(?:[·•.-][\u4e00-\u9fff]{1,10}){1,3}$/.test(t) && translitShare(t, lex) >= 0.6; // not 浙江-温州-乐清市
  if (t.length === 2 && lex.isCommonWord(t.charCodeAt(0), t.charCodeAt(1))) return [];
  return shaped ? [{ value: t, start, end: start + t.length, pattern: 'cell', baseScore: 0.3 }] : [];
}

/**
 * Other occurrences of names already found (张三 … 张三说): a document names a person more than once. One pass
 * over the text, looking up the names that start with each character, instead of a search of the whole text
 * per name (64 searches of a 64 KB chunk cost more than tagging it).
 */
export function repeatedNames(text: string, found: readonly Candidate[], ranges: readonly TextRange[] = wholeText(text)): Candidate[] {
  const out: Candidate[] = [];
  const values = new Set<string>();
  for (const c of found) {
    // A bounded number of distinct names keeps this linear in the text on hostile input.
    if (values.size >= MAX_REPEATED) break;
    if (c.value.length >= 2 && HAN.test(c.value) && !/[*×●○某]/.test(c.value)) values.add(c.value);
  }
  if (values.size === 0) return out;
  // Names grouped by their first code unit; firstGroup holds group number + 1 for the duration of the call.
  const groups: string[][] = [];
  for (const v of values) {
    const c = v.charCodeAt(0);
    if (firstGroup[c] === 0) firstGroup[c] = groups.push([]);
    groups[firstGroup[c]! - 1]!.push(v);
  }
  const free = new Map<string, number>(); // where the next occurrence of a name may start (no overlaps)
  try {
    for (const r of ranges) {
      for (let i = r.start; i < r.end && out.length < MAX_REPEATS; i++) {
        const g = firstGroup[text.charCodeAt(i)]!;
        if (g === 0) continue;
        for (const v of groups[g - 1]!) {
          if (i < (free.get(v) ?? 0) || !text.startsWith(v, i)) continue;
          out.push({ value: v, start: i, end: i + v.length, pattern: 'repeat', baseScore: 0.55 });
          free.set(v, i + v.length);
        }
      }
    }
  } finally {
    for (const v of values) firstGroup[v.charCodeAt(0)] = 0;
  }
  return out;
}
const firstGroup = new Uint8Array(65536);
const MAX_REPEATED = 64;
const MAX_REPEATS = 4096;

/**
 * Keeps the higher-priority (then longer) candidate wherever two overlap, so one name gives one finding.
 * Occupied characters are marked in an array, so this stays linear however many candidates there are.
 */
export function mergeCandidates(cands: readonly Candidate[], textLength: number): Candidate[] {
  // Ranks looked up once per candidate, not twice per comparison (a split string each time).
  const ranked = cands.map((c) => ({ c, rank: PRIORITY[c.pattern.split('-')[0]!] ?? 0 }));
  ranked.sort((x, y) => y.rank - x.rank || y.c.end - y.c.start - (x.c.end - x.c.start) || x.c.start - y.c.start);
  const sorted = ranked.map((r) => r.c);
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
