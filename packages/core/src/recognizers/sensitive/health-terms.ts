import { healthLexiconV1 } from '../../data/health-lexicon.v1.js';
import type { Candidate, Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';
import { buildTermTrie, type TermTrie } from '../../text/term-trie.js';
import { matchesOf } from '../matches-of.js';

type Kind = 'condition' | 'record' | 'test' | 'repro';

const PI_TYPE: Record<Kind, string> = {
  condition: 'SPI.MED.CONDITION',
  record: 'SPI.MED.RECORD',
  test: 'SPI.MED.TEST',
  repro: 'SPI.MED.REPRO',
};

// A body part with a complaint (嗓子很痛, 小腹隐隐作痛): a symptom no lexicon lists in every wording.
const SYMPTOM =
  /(?:头|肚子|腹部?|小腹|下腹|胃|腰|后?背|小腿|大腿|腿|膝盖|嗓子|喉咙|牙齿?|牙龈|眼睛|屁股|胸口?|关节|脖子|颈椎|腰椎|肩膀?|脚|手|耳朵|鼻子|心口|肝区|嘴里?|嘴唇|口腔|舌头|脸上?|皮肤)(?:部|上)?(?:很|好|特别|有点|一直|总是|经常|剧烈|隐隐|老是)?(?:作)?(?:疼|痛|痒|肿|酸痛|发麻|胀痛|不通气|出血|起了?个?泡|长痘|溃烂|发红|红肿|起疹子|发炎)/g;
// A bodily function in decline (体重急速下降, 视力减退) or the language of an examination report (未见明显异常).
const DECLINE = /(?:体重|食欲|视力|听力|记忆力|睡眠|性欲)(?:急速|明显|持续|突然|逐渐)?(?:下降|减退|减轻|变差|不好|不佳)/g;
const REPORT = /未见(?:明显)?(?:异常|实变|占位|肿大|积液|狭窄|骨折)|形态失常|纹理增多|增强扫描|平扫示/g;

// Words built like a diagnosis (颈椎间盘脱出, 肾炎) or a drug (解郁丸, 感冒颗粒) that no lexicon lists: weak
// alone, reported beside a clinical or first-person word. The suffix is found first and the name read
// backwards, which keeps a text without such suffixes to one scan.
const DISEASE_SUFFIX = /(?:炎|癌|瘤|综合征|结石|囊肿|溃疡|骨折|脱出|结节|畸形|疹|痔|痘|粉刺)(?![\u4e00-\u9fa5]?(?:热|黄|帝|凉|症))/g;
const DRUG_SUFFIX =
  /(?:片剂|含片|泡腾片|缓释片|控释片|肠溶片|分散片|咀嚼片|丸|胶囊|颗粒|口服液|注射液|软膏|乳膏|滴眼液|冲剂|糖浆|喷雾剂|栓剂|补脑液|合剂)(?![物状粒])/g;
// Every complaint of SYMPTOM holds one of these (酸痛 and 胀痛 a 痛, 红肿 a 肿); single characters such as 通, 血
// and 红 alone passed most windows of prose.
const SYMPTOM_GATE = /[疼痛痒肿泡]|发麻|不通气|出血|长痘|溃烂|发红|起疹子|发炎/;

interface Span {
  start: number;
  end: number;
}

function isHan(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fa5;
}

/**
 * Name + suffix spans: up to `max` Han characters before each suffix, at least `min`. A suffix inside a
 * lexicon match is skipped: `read` holds those matches (ordered, not overlapping), and the suffixes come in
 * order too, so one cursor walks both (a bitmap per window cost an external allocation and GC).
 */
function shaped(text: string, suffix: RegExp, min: number, max: number, kind: Kind, out: Candidate[], read: readonly Span[]): void {
  // Module-level global regexes: find() runs to completion before the next call, so resetting suffices.
  suffix.lastIndex = 0;
  let floor = 0;
  let r = 0;
  for (let m = suffix.exec(text); m !== null; m = suffix.exec(text)) {
    while (r < read.length && read[r]!.end <= m.index) r++;
    if (r < read.length && read[r]!.start <= m.index) continue; // the lexicon already read this word
    let start = m.index;
    while (start > floor && m.index - start < max && isHan(text.charCodeAt(start - 1))) start--;
    const end = m.index + m[0].length;
    if (m.index - start >= min && end - start >= 2) out.push({ value: text.slice(start, end), start, end, pattern: kind, baseScore: 0.4 });
    floor = end;
  }
}

let trie: TermTrie<Kind> | undefined;

// Built on first use: 4k terms, a few milliseconds.
function terms(): TermTrie<Kind> {
  if (trie) return trie;
  const entries: Array<[string, Kind]> = [];
  for (const kind of Object.keys(PI_TYPE) as Kind[]) for (const t of healthLexiconV1[kind].split('|')) entries.push([t, kind]);
  trie = buildTermTrie(entries);
  return trie;
}

/**
 * Health facts written in words (diagnoses, symptoms, drugs and procedures, tests, reproductive information)
 * from a lexicon. Category nouns (健康信息, 病历, 体检) are not in it, so a policy that names the kind of
 * information is not a person's fact; two-character terms need a clinical or first-person word nearby.
 */
export const healthTerms = defineRecognizer({
  meta: {
    id: 'health-terms',
    entity: 'HEALTH_TERM',
    piType: 'SPI.MED.CONDITION',
    country: 'CN',
    description: 'Chinese health terms: diseases and symptoms, drugs and procedures, tests, reproductive information (lexicon).',
    references: [
      'pi-taxonomy.md §2.5 SPI.MED.*',
      'GB/T 45574-2025 Annex A 医疗健康信息',
      'alibaba-research/ChineseBLUE cMedQANER/cEHRNER train (Apache-2.0)',
    ],
    version: 1,
  },
  prefilter: /[\u4e00-\u9fa5A-Za-z]/,
  find(text) {
    const out: Candidate[] = [];
    // Every lexicon match, kept or not (a Latin term glued to a word still hides the suffixes inside it).
    const read = terms().scan(text);
    for (const m of read) {
      const value = text.slice(m.start, m.end);
      // A Latin term glued to other letters is part of another word (HCG inside HCGX).
      if (/[A-Za-z]/.test(value) && (/[A-Za-z]/.test(text[m.start - 1] ?? '') || /[A-Za-z]/.test(text[m.end] ?? ''))) continue;
      out.push({ value, start: m.start, end: m.end, pattern: m.value, baseScore: value.length >= 3 ? 0.55 : 0.5 });
    }
    shaped(text, DISEASE_SUFFIX, 0, 5, 'condition', out, read);
    shaped(text, DRUG_SUFFIX, 2, 8, 'record', out, read);
    for (const m of matchesOf(DECLINE, text)) {
      out.push({ value: m[0], start: m.index, end: m.index + m[0].length, pattern: 'condition', baseScore: 0.55 });
    }
    for (const m of matchesOf(REPORT, text)) {
      out.push({ value: m[0], start: m.index, end: m.index + m[0].length, pattern: 'test', baseScore: 0.55 });
    }
    if (!SYMPTOM_GATE.test(text)) return out;
    for (const m of matchesOf(SYMPTOM, text)) {
      out.push({ value: m[0], start: m.index, end: m.index + m[0].length, pattern: 'condition', baseScore: 0.6 });
    }
    return out;
  },
  context: {
    words: [
      '患',
      '病',
      '医',
      '诊',
      '治',
      '药',
      '症',
      '疗',
      '孕',
      '术',
      '院',
      '检查',
      '复查',
      '化验',
      '我',
      '孩子',
      '宝宝',
      '怎么办',
      '怎么回事',
      '吃什么',
      '什么原因',
      '副作用',
      '服用',
      '疗效',
      '吃了',
      '请问',
      '医生',
      '大夫',
      '专家',
      '疼',
      '痛',
      '痒',
      '患者',
      '主诉',
      '既往',
      '入院',
      '出院',
      '确诊',
      'icd',
    ],
  },
  validate(_value, { candidate }): Verdict {
    return { validation: 'unchecked', piType: PI_TYPE[candidate.pattern as Kind] };
  },
});
