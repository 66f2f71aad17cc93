// A window without any of a prefilter's words is taken for a miss without testing the prefilter, so the words must
// be implied: wherever the prefilter matches, one of them occurs in the lower-cased text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtinRecognizers } from '../recognizers/index.js';
import { literalWords } from './prefilter-words.js';

describe('literalWords', () => {
  it('reads plain alternations of ASCII and CJK literals, lower-cased', () => {
    expect(literalWords(/逾期|征信|失信/)).toEqual(['逾期', '征信', '失信']);
    expect(literalWords(/gay|LGBT|性取向/i)).toEqual(['gay', 'lgbt', '性取向']);
    expect(literalWords(/wxid_/)).toEqual(['wxid_']);
  });

  it('refuses anything else', () => {
    for (const re of [/\d{6}/, /a|b+/, /(?:x|y)/, /[ab]/, /a.b/, /kelvin/iu, /a|/, /ab/g, /é|ß/, /Ａ/i]) {
      expect(literalWords(re)).toBeUndefined();
    }
  });
});

describe('prefilter words of the built-in recognisers', () => {
  const gated = builtinRecognizers.flatMap((r) => {
    const words = r.prefilterWords ?? literalWords(r.prefilter);
    return words ? [{ r, words }] : [];
  });

  it('cover the literal and declared prefilters', () => {
    expect(gated.map(({ r }) => r.meta.id)).toEqual(expect.arrayContaining(['financial-credential', 'credit-record', 'marital-status']));
  });

  // Labels the prefilters look for, written out here apart from the declared words (a word left out of a declaration
  // must still turn up in the texts), with every gated word in both cases and pieces of them.
  const labels = ['CVV', 'cvv2', 'CVN', 'CVC2', 'CID', '安全码', '卡验证码', '校验码', '有效期', '失效日期', 'Exp', 'EXPIRY'];
  const vocabulary = [...labels, 'expiration', 'valid', 'VALID', '密码', 'PIN', 'pin码', ...gated.flatMap(({ words }) => words)];
  const cased = [...new Set(vocabulary.flatMap((w) => [w, w.toUpperCase(), w.slice(0, 1).toUpperCase() + w.slice(1)]))];
  const cut = cased.flatMap((w) => [w.slice(0, -1), w.slice(1)]).filter((w) => w !== '');
  const piece = fc.oneof(
    { arbitrary: fc.constantFrom(...cased), weight: 2 },
    { arbitrary: fc.constantFrom(...cut), weight: 3 },
    { arbitrary: fc.constantFrom('1', '12', '123', ' ', ':', '：', '=', '是', 'code', 'date', 'thru', '码', 'K', 'İ', 'ſ'), weight: 3 },
  );

  for (const { r, words } of gated) {
    it(`${r.meta.id}: every text the prefilter matches holds one of its words`, () => {
      let matched = 0;
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
          const text = parts.join('');
          if (!r.prefilter.test(text)) return;
          matched++;
          const lower = text.toLowerCase();
          expect(words.some((w) => lower.includes(w))).toBe(true);
        }),
        { numRuns: 5000 },
      );
      expect(matched).toBeGreaterThan(20);
    });
  }
});
