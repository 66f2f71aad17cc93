import { analyze, replaceSpans } from '@piguard/core';

/**
 * Text a user typed (titles, notes, summaries, source references) with every exposed PI value the analyzer finds
 * replaced by its masked preview. Reports and the shared library print such text, and a note may quote a value
 * that the store's masked findings never hold.
 */
export function maskFreeText(text: string): string {
  if (text.length === 0) return text;
  const exposed = analyze(text).filter((f) => f.state === 'exposed');
  return replaceSpans(
    text,
    exposed.map((f) => ({ start: f.start, end: f.end, replacement: f.masked })),
  );
}
