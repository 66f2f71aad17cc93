import { describe, expect, it } from 'vitest';
import { keepModelSpan } from './cn-name-rules.js';
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
