// `find` recognisers run ahead over blocks of windows; their candidates must be judged exactly as if each window's
// `find` ran in the per-window loop: same findings, one call per window whose prefilter hits and that has context.
import { describe, expect, it } from 'vitest';
import { defineRecognizer } from '../recognizer.js';
import { createAnalyzer } from './create-analyzer.js';
import { splitWindows } from './windows.js';

function counted(required: boolean) {
  const calls: string[] = [];
  const r = defineRecognizer({
    meta: {
      id: required ? 'test-ahead-context' : 'test-ahead',
      entity: 'TEST_CODE',
      country: 'CN',
      piType: 'PI.BASIC.NAME',
      description: 'a test code Z plus digits',
      references: ['test'],
      version: 1,
    },
    prefilter: /Z\d/,
    find(text) {
      calls.push(text);
      const out = [];
      for (const m of text.matchAll(/Z(\d{3})/g)) out.push({ value: m[0], start: m.index, end: m.index + 4, pattern: 'z', baseScore: 0.6 });
      return out;
    },
    ...(required ? { context: { words: ['code'], before: 8, after: 0, required: true } } : {}),
  });
  return { r, calls };
}

// About 60 windows: most lines hold no code, every seventh holds one, every eleventh the context word too.
function text(): string {
  const lines: string[] = [];
  for (let i = 0; i < 2400; i++) {
    let line = `line ${i} ${'x'.repeat(90)}`;
    if (i % 7 === 0) line += ` ${i % 11 === 0 ? 'code ' : ''}Z${String(i % 1000).padStart(3, '0')}`;
    lines.push(line);
  }
  return `${lines.join('\n')}\n`;
}

describe('find running ahead over blocks of windows', () => {
  const t = text();
  const windows = splitWindows(t);

  it('gives the findings of each window analysed on its own, in order', () => {
    expect(windows.length).toBeGreaterThan(40);
    for (const required of [false, true]) {
      const { r } = counted(required);
      const analyzer = createAnalyzer({ recognizers: [r], types: [r.meta.id], minScore: 0 });
      const expected = windows.flatMap((w) =>
        analyzer.analyze(t.slice(w.start, w.end)).map((f) => ({ ...f, start: f.start + w.start, end: f.end + w.start })),
      );
      expect(expected.length).toBeGreaterThan(required ? 10 : 100);
      expect(analyzer.analyze(t)).toEqual(expected);
    }
  });

  it('calls find once per window whose prefilter hits and that has the required context nearby', () => {
    const plain = counted(false);
    createAnalyzer({ recognizers: [plain.r], types: [plain.r.meta.id] }).analyze(t);
    expect(plain.calls).toEqual(windows.map((w) => t.slice(w.start, w.end)).filter((s) => /Z\d/.test(s)));
    const bound = counted(true);
    createAnalyzer({ recognizers: [bound.r], types: [bound.r.meta.id] }).analyze(t);
    expect(bound.calls.length).toBeGreaterThan(0);
    expect(bound.calls.length).toBeLessThan(plain.calls.length);
    for (const s of bound.calls) expect(s).toContain('code');
  });
});
