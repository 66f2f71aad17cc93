import { describe, expect, it } from 'vitest';
import { BEGIN_MARKER, END_MARKER, replaceGeneratedSection } from './accuracy-doc.js';

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
