import type { Candidate } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';

// A time of day or a date (with an optional time): the stamp of one fix.
const STAMP =
  /(?:(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?(?:\s*(?:上午|下午|晚上|凌晨|早上|中午)?\s*\d{1,2}(?:[:：]\d{2}(?::\d{2})?|[时点](?:\d{1,2}分|半)?))?|(?:上午|下午|晚上|凌晨|早上|中午)?\s*\d{1,2}(?:[:：]\d{2}(?::\d{2})?|[时点](?:\d{1,2}分|半)?))/y;
// A place: a train or flight taken, a name ending in a place word, or a latitude/longitude pair.
const PLACE =
  /(?:[GDCZTK]\d{1,4}次(?:列车)?|[A-Z]{2}\d{3,4}(?:次?航班)?|[东南西北]门|[\u4e00-\u9fa5A-Za-z0-9]{1,14}?(?:地铁站|火车站|高铁站|汽车站|航站楼|机场|车站|站|酒店|宾馆|小区|路口|大道|路|街|广场|大厦|商场|超市|医院|学校|公园|景区|入口|出口|闸机|卡口|收费站|服务区|码头|口岸|银行|园区|网吧|餐厅|饭店|市场|[东南西北]门|\d+号门|村|镇)|-?\d{1,3}\.\d{3,}\s*[,，]\s*-?\d{1,3}\.\d{3,})/y;
const GAP = /[\s,，:：、;；]*(?:在|到|到达|抵达|前往|乘车至|乘坐|搭乘|进入|离开|出现在|途经|经过|去了?|于|从)?\s*/y;
const MAX_SPAN_GAP = 160;
const STAMP_HINT = /\d(?:[:：]\d{2}|[时点]|[-/.月]\d{1,2}日?)/g;
const CLAUSE_END = /[，,。；;！!？?\n]|$/;

// Where a stamp may begin: a digit that starts a number (not after a letter, digit or dot) or the first
// character of 上午 下午 晚上 凌晨 早上 中午. One native scan finds them; a JavaScript loop over every character of
// the text cost more than the regexes it gated. Each match is one character long. A stamp that starts with a
// digit starts with a year and its separator (2024-, 2024年) or one or two digits and a date or time
// separator (1月, 08:, 9点), so the look-ahead leaves out the numbers of logs and tables (200, 508ms, 93029)
// on which STAMP would fail.
const STAMP_START = /(?<![0-9A-Za-z.])[0-9](?=\d{3}[-/.年]|\d?[-/.月:：时点])|[上下晚凌早中]/g;

interface Fix {
  start: number;
  end: number;
}

/** Where a sticky match at `pos` ends, or -1 for none or an empty one; `test` builds no match array. */
function matchAt(re: RegExp, text: string, pos: number): number {
  re.lastIndex = pos;
  if (!re.test(text)) return -1;
  return re.lastIndex > pos ? re.lastIndex : -1;
}

/** Time-stamped places in order: a stamp followed (after a verb of movement) by a place. */
function fixes(text: string): Fix[] {
  const out: Fix[] = [];
  // Module-level global regex: fixes() runs to completion before the next call, so resetting suffices.
  STAMP_START.lastIndex = 0;
  while (STAMP_START.test(text)) {
    const i = STAMP_START.lastIndex - 1;
    const s = matchAt(STAMP, text, i);
    if (s === -1) continue;
    const g = matchAt(GAP, text, s);
    const p = matchAt(PLACE, text, g === -1 ? s : g);
    if (p !== -1) out.push({ start: i, end: p });
    STAMP_START.lastIndex = p !== -1 ? p : s;
  }
  return out;
}

/**
 * Whereabouts (PIPL Art. 28 行踪轨迹): a sequence of time-stamped places in one paragraph or record, such as a
 * case itinerary or a gate log. One place, or one time, is not a track: three fixes make one, two fixes do
 * beside a track word (轨迹, 行程). A single cell of a table holds one fix; rows are joined by the people layer.
 */
export const trajectory = defineRecognizer({
  meta: {
    id: 'trajectory',
    entity: 'TRAJECTORY',
    piType: 'SPI.TRAJECTORY',
    country: 'CN',
    description: 'Three or more time-stamped places in one paragraph (two beside a track word): an itinerary or movement log.',
    references: ['PIPL Art. 28', 'GB/T 45574-2025 Annex A 行踪轨迹信息', 'pi-taxonomy.md §2.5 SPI.TRAJECTORY'],
    version: 1,
  },
  prefilter: /\d/,
  find(text) {
    const out: Candidate[] = [];
    // A track needs two stamps at least: most texts have fewer, and one native scan tells.
    STAMP_HINT.lastIndex = 0;
    if (!STAMP_HINT.exec(text) || !STAMP_HINT.exec(text)) return out;
    const all = fixes(text);
    let group: Fix[] = [];
    const flush = (): void => {
      if (group.length >= 2) {
        const start = group[0]!.start;
        // The track runs to the end of the last fix's clause, so that a fact inside it (a hotel room, a
        // train seat) nests in the track instead of competing with it for the same characters.
        const last = group[group.length - 1]!.end;
        const stop = CLAUSE_END.exec(text.slice(last, last + 40));
        const end = stop ? last + stop.index : Math.min(text.length, last + 40);
        out.push({
          value: text.slice(start, end),
          start,
          end,
          pattern: `fixes-${group.length}`,
          baseScore: group.length >= 3 ? 0.75 : 0.35,
        });
      }
      group = [];
    };
    for (const f of all) {
      const prev = group[group.length - 1];
      if (prev && (f.start - prev.end > MAX_SPAN_GAP || text.slice(prev.end, f.start).includes('\n\n'))) flush();
      group.push(f);
    }
    flush();
    return out;
  },
  context: {
    words: [
      '轨迹',
      '行程',
      '行踪',
      '活动',
      '途经',
      '到达',
      '离开',
      '乘坐',
      '打卡',
      '签到',
      '过车',
      '刷脸',
      '入园',
      '病例',
      '确诊',
      '患者',
      '我',
      '他',
      '她',
    ],
    negative: ['时刻表', '班次', '发车时间', '营业时间', '开放时间', '议程', '日程安排'],
    before: 40,
    after: 20,
  },
  mask: (value) => `${value.slice(0, 6)}…(${Array.from(value).length} chars)`,
});
