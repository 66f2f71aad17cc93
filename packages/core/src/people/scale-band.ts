import type { ScaleBand } from './people-summary.js';

const BANDS: readonly ScaleBand[] = ['S0', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6'];
// Lower bounds in distinct people (pi-taxonomy §7.2).
const FLOORS = [0, 50, 500, 5_000, 100_000, 1_000_000, 10_000_000] as const;

/** The band of a count of distinct people. */
export function baseBand(people: number): ScaleBand {
  let i = 0;
  while (i + 1 < FLOORS.length && people >= (FLOORS[i + 1] as number)) i++;
  return BANDS[i] as ScaleBand;
}

/** The band after the escalations of §7.2: +1 for sensitive PI, +1 for minors' PI, capped at S6. */
export function escalatedBand(band: ScaleBand, sensitivePeople: number, minors: number): ScaleBand {
  const i = BANDS.indexOf(band) + (sensitivePeople > 0 ? 1 : 0) + (minors > 0 ? 1 : 0);
  return BANDS[Math.min(i, BANDS.length - 1)] as ScaleBand;
}

/** Counts a threshold is judged on. */
export interface ThresholdCounts {
  people: number;
  sensitivePeople: number;
  minors: number;
  facePeople: number;
}

interface Threshold {
  reached: (c: ThresholdCounts) => boolean;
  text: string;
}

// pi-taxonomy §7.1, in force as of the spec's date. Export counts are cumulative since 1 January: a single
// scan sees part of that, so the wording says "this scan alone".
const THRESHOLDS: readonly Threshold[] = [
  {
    reached: (c) => c.people >= 100_000 || (c.sensitivePeople > 0 && c.sensitivePeople < 10_000),
    text: '出境需标准合同或认证（促进和规范数据跨境流动规定第8条）/ export needs a standard contract or certification (cross-border data rules 2024, Art. 8): ≥100k people or any sensitive PI, this scan alone',
  },
  {
    reached: (c) => c.people >= 1_000_000 || c.sensitivePeople >= 10_000,
    text: '出境需安全评估（促进和规范数据跨境流动规定第7条）/ export needs a CAC security assessment (cross-border data rules 2024, Art. 7): ≥1M people or ≥10k with sensitive PI',
  },
  {
    reached: (c) => c.facePeople >= 100_000,
    text: '人脸信息≥10万人：30个工作日内向省级网信部门备案（人脸识别技术应用安全管理办法第15条）/ face data of ≥100k people: file with the provincial CAC within 30 working days (Face Recognition Measures 2025, Art. 15)',
  },
  {
    reached: (c) => c.people > 100_000,
    text: '汽车行业：超过10万人的个人信息属重要数据（汽车数据安全管理若干规定第3条）/ automotive sector: PI of >100k people is important data (Automotive Data Provisions, Art. 3)',
  },
  {
    reached: (c) => c.people >= 1_000_000,
    text: '≥100万人：应指定个人信息保护负责人（个人信息保护法第52条；合规审计管理办法第12条）；泄露为较大事件，4小时内报告 / ≥1M people: appoint a PI protection officer (PIPL Art. 52; audit measures Art. 12); a leak is a 较大 (larger) incident, report within 4 h',
  },
  {
    reached: (c) => c.people >= 10_000_000,
    text: '≥1000万人：重要数据处理者义务（网络数据安全管理条例第28条），至少每两年合规审计；泄露为重大事件 / ≥10M people: important-data-processor duties (Network Data Regulations Art. 28), compliance audit at least every two years; a leak is a 重大 (major) incident',
  },
  {
    reached: (c) => c.people >= 100_000_000,
    text: '≥1亿人：泄露为特别重大事件 / ≥100M people: a leak is an especially major (特别重大) incident',
  },
  {
    reached: (c) => c.minors > 0,
    text: '未成年人个人信息：每年合规审计（未成年人网络保护条例）；不满14周岁者的全部信息为敏感个人信息（个人信息保护法第28、31条）/ minors’ PI: annual compliance audit (Minors’ Online Protection Regulations); all PI of children under 14 is sensitive (PIPL Arts. 28, 31)',
  },
];

/** The legal thresholds of pi-taxonomy §7.1 that the counts reach, in Chinese and English. */
export function thresholdsReached(c: ThresholdCounts): string[] {
  return THRESHOLDS.filter((t) => t.reached(c)).map((t) => t.text);
}
