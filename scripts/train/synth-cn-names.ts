import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './lexicons/cn-surnames.js';
import { GIVEN_NAME_CHARS } from './lexicons/cn-name-chars.js';
import { FOREIGN_FAMILY, FOREIGN_GIVEN, JAPANESE_FAMILY, JAPANESE_GIVEN } from './lexicons/foreign-person-names.js';
import type { Rng } from './random.js';

// The most frequent surnames (2019年全国姓名报告 order, top ~100): drawn most of the time, as in life.
export const TOP_SURNAMES =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';

// Syllables of transliterated foreign names, and parts of Uyghur and Tibetan names.
export const FOREIGN_SYLLABLES = [
  '安',
  '德',
  '鲁',
  '斯',
  '尔',
  '克',
  '特',
  '夫',
  '娜',
  '拉',
  '维',
  '尼',
  '姆',
  '奇',
  '诺',
  '里',
  '卡',
  '巴',
  '托',
  '雷',
  '罗',
  '贝',
  '莱',
  '格',
  '亚',
  '利',
  '伊',
  '玛',
  '丽',
  '莎',
  '妮',
  '塔',
  '丝',
  '芬',
  '杰',
  '森',
  '顿',
  '伦',
  '曼',
  '恩',
  '布',
  '普',
  '蒂',
  '吉',
  '埃',
  '奥',
  '科',
  '索',
  '西',
  '兹',
  '瓦',
  '洛',
  '基',
  '沃',
  '泽',
  '迪',
  '加',
  '马',
  '纳',
  '米',
  '佩',
  '帕',
  '法',
  '菲',
  '赫',
  '哈',
  '霍',
  '乔',
  '约',
  '翰',
  '艾',
  '登',
  '丹',
  '汉',
  '默',
  '威',
  '廉',
  '保',
  '彼',
  '得',
  '肯',
  '梅',
  '尤',
  '金',
  '蒙',
  '费',
  '福',
  '波',
  '博',
  '弗',
  '兰',
  '盖',
  '坦',
  '乌',
  '文',
  '明',
  '汤',
  '姆',
  '希',
  '凯',
];
const FOREIGN_WHOLE = [
  '温格',
  '梅西',
  '乔丹',
  '科比',
  '贝利',
  '罗纳尔多',
  '齐达内',
  '卡卡',
  '欧文',
  '詹姆斯',
  '奥巴马',
  '普京',
  '默克尔',
  '特朗普',
  '马克龙',
];
const UYGHUR_PARTS = [
  '买买提',
  '艾力',
  '阿不都',
  '热依木',
  '古丽',
  '努尔',
  '吐尔逊',
  '艾买提',
  '阿依',
  '库尔班',
  '热合曼',
  '阿里木',
  '帕提古丽',
  '依明',
  '卡德尔',
  '吾斯曼',
  '玉素甫',
  '阿布拉',
  '迪丽热巴',
  '巴图',
  '那木吉拉',
  '其其格',
];
const TIBETAN_PARTS = [
  '扎西',
  '次仁',
  '卓玛',
  '格桑',
  '平措',
  '顿珠',
  '达瓦',
  '央金',
  '旦增',
  '洛桑',
  '尼玛',
  '拉姆',
  '索朗',
  '德吉',
  '多吉',
  '次旦',
  '益西',
  '白玛',
  '强巴',
  '央宗',
];
// How often a generated Han or foreign name is a known name of the lexicon (its cover feature must count).
const KNOWN_SHARE = 0.1;
const DOTS = ['·', '·', '·', '·', '•', '-', '.'];

/** What kind of name was drawn: the mix follows news and forms, not only registered residents. */
export type NameKind = 'han' | 'compound' | 'foreign' | 'minority' | 'tibetan' | 'nickname' | 'japanese';

/** A Han given name: common name characters, sometimes any character (real names are not all common). */
function given(rng: Rng, charPool: string): string {
  const one = (): string => (rng.chance(0.8) ? rng.pick(GIVEN_NAME_CHARS) : rng.pick(charPool));
  return rng.chance(0.38) ? one() : one() + one();
}

/** A random person name of the given kind; `known` names (the lexicon's) are drawn now and then. */
export function generateCnName(rng: Rng, kind: NameKind, charPool: string, known: readonly string[] = []): string {
  if (known.length > 0 && (kind === 'han' || kind === 'foreign') && rng.chance(KNOWN_SHARE)) return rng.pick(known);
  switch (kind) {
    case 'han':
      return (rng.chance(0.85) ? rng.pick(TOP_SURNAMES) : rng.pick(SINGLE_SURNAMES)) + given(rng, charPool);
    case 'compound':
      return rng.pick(COMPOUND_SURNAMES) + given(rng, charPool);
    case 'foreign': {
      if (rng.chance(0.15)) return rng.pick(FOREIGN_WHOLE);
      // Half of the rest are real transliterations: a family name alone (as news refers to people), a whole
      // name or a given name; the other half random syllables, for the names no list holds.
      if (rng.chance(0.5)) {
        const x = rng.next();
        if (x < 0.55) return rng.pick(FOREIGN_FAMILY);
        if (x < 0.85) return rng.pick(FOREIGN_GIVEN) + rng.pick(DOTS) + rng.pick(FOREIGN_FAMILY);
        return rng.pick(FOREIGN_GIVEN);
      }
      const part = (): string => Array.from({ length: 2 + rng.int(3) }, () => rng.pick(FOREIGN_SYLLABLES)).join('');
      return rng.chance(0.45) ? part() + rng.pick(DOTS) + part() : part();
    }
    case 'minority': {
      const n = 2 + (rng.chance(0.2) ? 1 : 0);
      const dot = rng.pick(DOTS);
      return Array.from({ length: n }, () => rng.pick(UYGHUR_PARTS)).join(dot);
    }
    case 'tibetan':
      return rng.pick(TIBETAN_PARTS) + (rng.chance(0.7) ? rng.pick(TIBETAN_PARTS) : '');
    case 'japanese':
      return rng.pick(JAPANESE_FAMILY) + (rng.chance(0.7) ? rng.pick(JAPANESE_GIVEN) : '');
    case 'nickname':
      return (rng.chance(0.5) ? '小' : '老') + rng.pick(TOP_SURNAMES);
  }
}

/** Draws a name kind with the mix used for training. */
export function drawNameKind(rng: Rng): NameKind {
  const x = rng.next();
  if (x < 0.7) return 'han';
  if (x < 0.74) return 'compound';
  if (x < 0.88) return 'foreign';
  if (x < 0.93) return 'minority';
  if (x < 0.96) return 'tibetan';
  if (x < 0.975) return 'japanese';
  return 'nickname';
}
