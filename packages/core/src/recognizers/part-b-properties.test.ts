// Property test for the part-B recognisers: on any text built from the characters their patterns care about
// (digits, separators, hex, CJK context words, full-width forms), analysis never throws, every finding lies
// inside the text, its value is the text's own slice, and the same text gives the same findings.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer/create-analyzer.js';
import { PART_B_IDS, partBRecognizers } from '../../test/part-b-recognizers.js';

const recognizers = partBRecognizers;

const pieces = fc.oneof(
  fc.stringMatching(/^[0-9]{1,20}$/),
  fc.constantFrom(' ', '-', '.', ':', '：', '/', '?', '&', '=', '+', '(', ')', '·', '\u200b', '\n', '０', '１', 'x', '转'),
  fc.stringMatching(/^[0-9a-fA-F:]{1,12}$/),
  fc.constantFrom(
    '电话',
    '银行卡号',
    'QQ',
    '微信号：',
    'IMEI',
    '出生日期',
    '邮编',
    '车牌',
    '京A',
    '粤B',
    'https://a.cn/p?mobile=',
    '公积金',
    'wxid_',
    '92',
    '6222',
    '460',
    '89860',
    'lat=',
    '经纬度',
  ),
  fc.string({ maxLength: 4 }),
);

describe('part-B recognisers: properties', () => {
  const analyzer = createAnalyzer({ recognizers, types: recognizers.map((r) => r.meta.id), minScore: 0 });

  it('covers the part-B recognisers', () => expect(recognizers.length).toBe(PART_B_IDS.size));

  it('never throws, keeps offsets in the text and values equal to their slices, and is deterministic', () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const found = analyzer.analyze(text);
        for (const f of found) {
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeLessThanOrEqual(text.length);
          expect(f.start).toBeLessThan(f.end);
          expect(text.slice(f.start, f.end)).toBe(f.value);
          expect(f.score).toBeGreaterThanOrEqual(0);
          expect(f.score).toBeLessThanOrEqual(1);
        }
        expect(analyzer.analyze(text)).toEqual(found);
      }),
      { numRuns: 400, seed: 20260115 },
    );
  });
});
