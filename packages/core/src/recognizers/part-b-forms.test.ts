// Form-like documents generated in code (labelled fields of the part-B types mixed with order numbers, timestamps,
// amounts, versions and serials), joined with the separators forms use. The part-B recognisers together must find
// every labelled value with its entity and nothing in the distractor fields: a regression net for cross-talk
// between recognisers and for context words that belong to a neighbouring field.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer/create-analyzer.js';
import { gb11714CheckChar } from '../checksums/gb11714-mod11.js';
import { generateLuhn, generateUscc, generateVin } from '../testing/index.js';
import { partBRecognizers } from '../../test/part-b-recognizers.js';

function prng(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    return s / 0x7fffffff;
  };
}

describe('part-B recognisers on generated forms', () => {
  const rnd = prng(20260115);
  const ri = (n: number) => Math.floor(rnd() * n);
  const digits = (n: number) => Array.from({ length: n }, () => ri(10)).join('');
  const pick = <T>(a: readonly T[]): T => a[ri(a.length)]!;
  type Field = [label: string, value: string, entity: string];
  const fields: Array<() => Field> = [
    () => [
      pick(['座机', '联系电话', '電話']),
      `${pick(['010', '021', '0755', '0571'])}-${pick(['2', '5', '8'])}${digits(7)}`,
      'CN_LANDLINE',
    ],
    () => [
      pick(['银行卡号', '卡号', '借记卡']),
      generateLuhn(pick(['622202', '621700', '436742', '625807']), pick([16, 19]), digits(10)),
      'BANK_CARD',
    ],
    () => [pick(['对公账户', '收款账户', '銀行帳號']), `${1 + ri(8)}${digits(9 + ri(8))}`, 'CN_BANK_ACCOUNT'],
    () => [pick(['股东账户', '证券账户']), `A${digits(9)}`, 'CN_SECURITIES_ACCOUNT'],
    () => ['支付宝用户ID', `2088${digits(12)}`, 'ALIPAY_UID'],
    () => {
      const org = `MA${String.fromCharCode(65 + ri(8))}${digits(5)}`;
      return ['统一社会信用代码', generateUscc(`92${pick(['110105', '440300'])}${org}${gb11714CheckChar(org)}`), 'USCC'];
    },
    () => ['车牌号', `${pick(['京', '沪', '粤'])}${pick(['A', 'B'])}${pick([digits(5), `D${digits(5)}`])}`, 'CN_PLATE'],
    () => ['车架号', generateVin(`LSVAU2180${pick(['N', 'P'])}${digits(7)}`), 'VIN'],
    () => ['邮编', `${pick(['10', '20', '51'])}${digits(4)}`, 'CN_POSTCODE'],
    () => ['QQ', `${1 + ri(9)}${digits(5 + ri(4))}`, 'QQ'],
    () => ['微信号', `${pick(['zhang', 'li'])}_${pick(['san', 'si'])}${digits(3)}`, 'WECHAT_ID'],
    () => ['IMEI', generateLuhn(`86${digits(6)}`, 15, digits(7)), 'IMEI'],
    () => ['IMSI', `460${pick(['00', '01', '11'])}${digits(10)}`, 'IMSI'],
    () => ['ICCID', generateLuhn('898600', 20, digits(13)), 'ICCID'],
    () => ['登录IP', `${pick([58, 114, 183])}.${ri(256)}.${ri(256)}.${1 + ri(254)}`, 'IPV4'],
    () => ['出生日期', `${1950 + ri(60)}-0${1 + ri(9)}-1${ri(9)}`, 'DATE_OF_BIRTH'],
    () => ['定位', `${(20 + rnd() * 30).toFixed(6)},${(100 + rnd() * 20).toFixed(6)}`, 'GEO_POINT'],
  ];
  const distractors: Array<() => string> = [
    () => `订单号：${digits(19)}`,
    () => `流水号 ${digits(16)}`,
    () => `时间戳 ${1700000000000 + ri(1e9)}`,
    () => `金额 ${ri(100000)}.${digits(2)} 元`,
    () => `版本 ${ri(10)}.${ri(10)}.${ri(10)}.${ri(100)}`,
    () => `发票号 ${digits(8)}`,
    () => `第${ri(100)}页，共${ri(1000)}条，合计${digits(6)}`,
    () => `合同号 HT${digits(10)}`,
  ];
  const analyzer = createAnalyzer({
    recognizers: partBRecognizers,
    now: new Date('2026-01-15T00:00:00Z'),
  });

  it('finds every labelled value (recall ≥ 0.99) and nothing else (precision ≥ 0.99)', () => {
    let tp = 0;
    let fn = 0;
    let fp = 0;
    const errors: string[] = [];
    for (let doc = 0; doc < 300; doc++) {
      const parts: Array<[string, Field | undefined]> = [];
      for (let k = 0; k < 8; k++) {
        if (rnd() < 0.6) {
          const f = pick(fields)();
          parts.push([`${f[0]}：${f[1]}`, f]);
        } else parts.push([pick(distractors)(), undefined]);
      }
      const text = parts.map((p) => p[0]).join(pick(['，', '\n', '；', ' ']));
      const found = analyzer.analyze(text);
      const used = new Set<number>();
      for (const [, f] of parts) {
        if (!f) continue;
        const i = found.findIndex((x, j) => !used.has(j) && x.entity === f[2] && x.value === f[1]);
        if (i >= 0) {
          tp++;
          used.add(i);
        } else {
          fn++;
          errors.push(`missed ${f[2]} in ${text}`);
        }
      }
      found.forEach((x, j) => {
        if (used.has(j) || parts.some(([, f]) => f && f[1].includes(x.value))) return;
        fp++;
        errors.push(`spurious ${x.entity} ${x.value} in ${text}`);
      });
    }
    expect(tp + fn).toBeGreaterThan(1000);
    expect(tp / (tp + fn), errors.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.99);
    expect(tp / (tp + fp), errors.slice(0, 5).join('\n')).toBeGreaterThanOrEqual(0.99);
  });
});
