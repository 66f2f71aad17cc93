import { describe, expect, it } from 'vitest';
import type { Candidate } from '../recognizer.js';
import { cellName, keepModelSpan, repeatedNames } from './cn-name-rules.js';
import { cnNameModel } from './cn-name-tagger.js';

// Made-up names built in code; the spans are what the model might propose.
const name = '陈' + '志华';
const spanOf = (text: string): { start: number; end: number } => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });

describe('keepModelSpan', () => {
  const { lexicon } = cnNameModel();
  it('keeps a name before a verb of speech', () => {
    const text = `${name}表示，明年还会继续。`;
    expect(keepModelSpan(text, spanOf(text), lexicon)).toBe(true);
  });
  it('drops a name-shaped brand before a building, shop or company word', () => {
    for (const after of ['大厦12楼', '服饰店', '科技有限公司', '物流中心', '小区3幢']) {
      const text = `人民路5号${name}${after}`;
      expect(keepModelSpan(text, spanOf(text), lexicon), after).toBe(false);
    }
  });
});

describe('keepModelSpan on transliterations', () => {
  const { lexicon } = cnNameModel();
  const foreign = '沃克' + '斯';
  const span = (text: string): { start: number; end: number } => ({
    start: text.indexOf(foreign),
    end: text.indexOf(foreign) + foreign.length,
  });
  it('keeps a transliterated name before a verb', () => {
    const text = `${foreign}表示，球队会更好。`;
    expect(keepModelSpan(text, span(text), lexicon)).toBe(true);
  });
  it('drops a transliteration cut before a place ending (…堡, …亚, …人): a club or a city', () => {
    for (const end of ['堡主场获胜', '亚客场失利', '人队晋级']) {
      const text = `${foreign}${end}`;
      expect(keepModelSpan(text, span(text), lexicon), end).toBe(false);
    }
  });
});

describe('repeatedNames', () => {
  const found = (value: string, text: string): Candidate => ({
    value,
    start: text.indexOf(value),
    end: text.indexOf(value) + value.length,
    pattern: 'model',
    baseScore: 0.6,
  });
  it('finds every non-overlapping occurrence of each found name, names sharing a first character included', () => {
    const a = '陈' + '志华';
    const b = '陈' + '志';
    const text = `${a}说，${b}和${a}都来了，${a}${a}。`;
    const spans = repeatedNames(text, [found(a, text), found(b, text)])
      .map((c) => `${c.value}@${c.start}`)
      .sort();
    const expected: string[] = [];
    for (const v of [a, b]) for (let i = text.indexOf(v); i >= 0; i = text.indexOf(v, i + v.length)) expected.push(`${v}@${i}`);
    expect(spans).toEqual(expected.sort());
  });
  it('ignores masked and one-character values and leaves no state behind for the next text', () => {
    const text = '张某说，张某和李四。';
    expect(repeatedNames(text, [found('张某', text), found('李', text)])).toEqual([]);
    const other = '李' + '四来了，李' + '四走了。';
    expect(repeatedNames(other, [found('李四', other)]).length).toBe(2);
    expect(repeatedNames('陈' + '志华来了', []).length).toBe(0);
  });
});

describe('names inside written addresses', () => {
  const { lexicon } = cnNameModel();
  const word = '梁' + '辉';
  const at = (text: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
  it('drops a name-shaped part of an address: a numbered unit after it, or address parts around it', () => {
    for (const text of [`浙江省台州市${word}151号`, `平阳县万全镇 ${word}桥下村`, `开发区${word} 3幢201室`]) {
      expect(keepModelSpan(text, at(text), lexicon), text).toBe(false);
    }
  });
  it('keeps the recipient of an address: a phone, 收, a form of address or the end of the line after the name', () => {
    for (const text of [
      `杭州市西湖区文三路100号${word}收`,
      `浙江省杭州市${word} 13800000000`,
      `杭州市西湖区${word}先生`,
      `文三路100号 ${word}`,
    ]) {
      expect(keepModelSpan(text, at(text), lexicon), text).toBe(true);
    }
  });
  it('reads a hyphenated address as no dotted name in a cell', () => {
    expect(cellName('浙江-温州-乐清市', lexicon)).toEqual([]);
    expect(cellName('安东尼-霍普金斯', lexicon).length).toBe(1);
  });
});
