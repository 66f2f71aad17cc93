import type { Finding } from '../finding.js';
import type { Recognizer } from '../recognizer.js';

function matchesSelector(sel: string, r: Recognizer): boolean {
  return (
    sel === r.meta.entity || sel === r.meta.id || sel === r.meta.piType || r.meta.piType.startsWith(sel.endsWith('.') ? sel : `${sel}.`)
  );
}

/**
 * Chooses the recognisers for a `types` selection and returns a filter for findings (a recogniser may
 * report another type than its own, e.g. a disability card number found by the resident-ID recogniser).
 */
export function selectRecognizers(
  all: readonly Recognizer[],
  types: readonly string[] | undefined,
): { recognizers: Recognizer[]; accept: (f: Finding) => boolean } {
  if (!types || types.length === 0) {
    return { recognizers: all.filter((r) => r.meta.enabledByDefault !== false), accept: () => true };
  }
  const classes = new Set<string>(types.filter((t) => t === 'sensitive' || t === 'general'));
  const selectors = types.filter((t) => !classes.has(t));
  const recognizers = all.filter((r) => {
    if (selectors.some((s) => s === r.meta.entity || s === r.meta.id)) return true;
    if (r.meta.enabledByDefault === false) return false;
    return selectors.length === 0 || selectors.some((s) => matchesSelector(s, r));
  });
  const accept = (f: Finding): boolean => {
    if (classes.size > 0 && !classes.has(f.class)) return false;
    if (selectors.length === 0) return true;
    return selectors.some(
      (s) => s === f.entity || s === f.explanation.recognizer || s === f.piType || f.piType.startsWith(s.endsWith('.') ? s : `${s}.`),
    );
  };
  return { recognizers, accept };
}
