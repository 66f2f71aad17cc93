import { describe, expect, it } from 'vitest';
import { ACCURACY_MARKERS, replaceGeneratedSection } from './generated-section.js';

const BEGIN_MARKER = ACCURACY_MARKERS.begin;
const END_MARKER = ACCURACY_MARKERS.end;

describe('replaceGeneratedSection', () => {
  it('replaces only the text between the markers', () => {
    const doc = `# Title\nintro\n${BEGIN_MARKER}\nold table\n${END_MARKER}\noutro\n`;
    const out = replaceGeneratedSection(doc, 'new table');
    expect(out).toBe(`# Title\nintro\n${BEGIN_MARKER}\nnew table\n${END_MARKER}\noutro\n`);
  });

  it('appends a marked section to a document without one', () => {
    const out = replaceGeneratedSection('# Title\n', 'table');
    expect(out).toBe(`# Title\n\n${BEGIN_MARKER}\ntable\n${END_MARKER}\n`);
  });
});

describe('replaceGeneratedSection with other markers', () => {
  it('leaves a section fenced by different markers alone', () => {
    const markers = { begin: '<!-- b -->', end: '<!-- e -->' };
    const doc = `${ACCURACY_MARKERS.begin}\nkeep\n${ACCURACY_MARKERS.end}\n`;
    const out = replaceGeneratedSection(doc, 'x', markers);
    expect(out).toContain('keep');
    expect(out).toContain('<!-- b -->\nx\n<!-- e -->');
  });
});
