import type { Candidate } from '../recognizer.js';
import { COMPOUND_FIRST, SURNAME, type CnNameLexicon } from './cn-name-lexicon.js';
import { buildTermTrie } from '../text/term-trie.js';
import { endsLikeNoName, scanRanges, wholeText } from './cn-name-rules.js';
import type { TextRange } from './cn-name-tagger.js';

// News and résumé prose names a person right after their title or role (副局长郑涵表示, 记者X报道, 主帅X在
// 赛后说): a surname and one or two characters, then a verb of speech, a time word, a preposition or
// punctuation. The model misses some of these when the given name is also a word (平安, 新生) or rare; the title
// and the word after it decide. Written from the grammar of Chinese news, not from any data set.

/** Titles, ranks and roles that stand directly before a name. */
export const TITLE_WORDS = [
  '副主任',
  '主任',
  '副总经理',
  '总经理',
  '常务副总',
  '副总裁',
  '总裁',
  '副总',
  '总监',
  '副董事长',
  '董事长',
  '董事',
  '监事',
  '董秘',
  '经理',
  '副局长',
  '局长',
  '副处长',
  '处长',
  '科长',
  '厅长',
  '副部长',
  '部长',
  '副省长',
  '省长',
  '副市长',
  '市长',
  '副县长',
  '县长',
  '副区长',
  '区长',
  '镇长',
  '村长',
  '副书记',
  '书记',
  '副主席',
  '主席',
  '总统',
  '总理',
  '首相',
  '大使',
  '发言人',
  '议员',
  '秘书长',
  '副院长',
  '院长',
  '副校长',
  '校长',
  '所长',
  '副研究员',
  '研究员',
  '分析师',
  '工程师',
  '副教授',
  '教授',
  '讲师',
  '老师',
  '医生',
  '律师',
  '法官',
  '检察官',
  '警官',
  '民警',
  '记者',
  '通讯员',
  '实习生',
  '编辑',
  '主编',
  '评论员',
  '专家',
  '学者',
  '作家',
  '画家',
  '诗人',
  '导演',
  '演员',
  '歌手',
  '主持人',
  '主教练',
  '教练',
  '主帅',
  '队长',
  '球员',
  '前锋',
  '中场',
  '后卫',
  '门将',
  '创始人',
  '负责人',
];
/**
 * Every word that tells a person's role when it stands before a name (the `role` attribute of a name finding): the
 * titles, and roles after which a name does not follow reliably enough to find one by the title rule alone.
 */
export const ROLE_WORDS: readonly string[] = [...TITLE_WORDS, 'CEO', '博士', '护士', '主演', '选手', '运动员', '学生', '患者'];
// Leftmost-longest matches, as an alternation sorted by length would give, without trying 90 alternatives per character.
const TITLES = buildTermTrie(TITLE_WORDS.map((w) => [w, true] as const));
// What follows a name in a sentence: speech and reporting verbs, time words, prepositions and adverbs that
// open a predicate, a digit (李强9日), punctuation. The shortest name that such a word follows is taken.
const AFTER_NAME =
  /^(?:表示|说|指出|认为|介绍|透露|称|强调|坦言|告诉|回应|解释|建议|提出|发自|报道|摄|做客|接受|出席|主持|会见|率|带领|上月|上周|本周|去年|今年|日前|近日|昨日|昨天|今天|今日|此前|曾|也|还|则|就|对|在|于|向|与|和|等|[0-9０-９，。、）)：:；！？”“\s])/;
// Characters that are surnames but, right after a title, start a phrase instead (总经理和董事长, 局长在会上).
const NOT_FIRST = new Set('和与在对向于从将为以被把及或兼等是也都就还则曾'.split(''));
const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;

/** Names right after a title word (`title` candidates): a surname, one or two characters, then a word that follows names. */
export function titleNames(text: string, lex: CnNameLexicon, ranges: readonly TextRange[] = wholeText(text)): Candidate[] {
  const out: Candidate[] = [];
  for (const title of scanRanges(TITLES, text, ranges)) {
    const start = title.end;
    const c0 = text.charCodeAt(start);
    if ((lex.classes[c0]! & SURNAME) === 0 || NOT_FIRST.has(text[start]!)) continue;
    const compound = (lex.classes[c0]! & COMPOUND_FIRST) !== 0 && lex.isCompoundSurname(c0, text.charCodeAt(start + 1));
    for (let len = compound ? 3 : 2; len <= (compound ? 4 : 3); len++) {
      const end = start + len;
      if (end > text.length || !isHan(text.charCodeAt(end - 1))) break;
      if (!AFTER_NAME.test(text.slice(end, end + 2))) continue;
      // The word after decided where the name ends, so only a whole common word (主任医师 → 医师), a place or a
      // form of address is refused, not a word across the end.
      const word = len === 2 && lex.isCommonWord(c0, text.charCodeAt(start + 1));
      if (!word && !endsLikeNoName(text, { start, end })) {
        out.push({ value: text.slice(start, end), start, end, pattern: 'title', baseScore: 0.6 });
      }
      break;
    }
  }
  return out;
}
