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
