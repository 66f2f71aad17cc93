import { cnNameModel, hanRanges, hanSegments, tagCnNames } from '../../ner/cn-name-tagger.js';
import {
  cellName,
  dottedNames,
  formNames,
  keepModelSpan,
  maskedNames,
  mergeCandidates,
  NAME_LABELS,
  repeatedNames,
  trimModelSpan,
} from '../../ner/cn-name-rules.js';
import { ROLE_WORDS, titleNames } from '../../ner/cn-role-names.js';
import { buildTermTrie } from '../../text/term-trie.js';
import type { Candidate, Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';

// Titles and roles before a name: public figures in news are still names, and `role` lets a user filter them.
const ROLE_WINDOW = 8;

const ROLE_TRIE = buildTermTrie(ROLE_WORDS.map((r) => [r, r] as const));

/** The role word closest before a name (the one that starts last in the window), if any. */
function roleBefore(text: string, start: number): string | undefined {
  const before = text.slice(Math.max(0, start - ROLE_WINDOW), start);
  for (let i = before.length - 2; i >= 0; i--) {
    const hit = ROLE_TRIE.longestAt(before, i);
    if (hit) return hit.value;
  }
  return undefined;
}

function findNames(text: string): Candidate[] {
  const { lexicon } = cnNameModel();
  // The Han segments are found once: the model tags them, and the word rules search only them.
  const segments = hanSegments(text);
  const ranges = hanRanges(segments);
  const spans = tagCnNames(text, segments)
    .map((s) => trimModelSpan(text, s))
    .filter((s) => keepModelSpan(text, s, lexicon));
  const model: Candidate[] = spans.map((s) => ({
    value: text.slice(s.start, s.end),
    start: s.start,
    end: s.end,
    pattern: 'model',
    baseScore: 0.6,
  }));
  const cands: Candidate[] = [];
  // Loops, not push(...spread): hostile input can yield more candidates than the call stack takes arguments.
  for (const list of [
    maskedNames(text, lexicon),
    formNames(text, spans, lexicon, ranges),
    dottedNames(text, lexicon),
    titleNames(text, lexicon, ranges),
    model,
  ])
    for (const c of list) cands.push(c);
  for (const c of repeatedNames(text, cands, ranges)) cands.push(c);
  if (cands.length === 0) for (const c of cellName(text, lexicon)) cands.push(c);
  return mergeCandidates(cands, text.length);
}

/** Chinese person names (pi-taxonomy.md §4.1): a trained character tagger plus form, masked and dotted-name rules. */
export const cnPersonName = defineRecognizer({
  meta: {
    id: 'cn-person-name',
    entity: 'PERSON',
    piType: 'PI.BASIC.NAME',
    country: 'CN',
    description:
      'Chinese person names in running text, forms, waybills and table columns, compound surnames, dotted minority and foreign names; masked names (张*, 张某) as masked or partially masked.',
    references: [
      'pi-taxonomy.md §4.1, §5.3, §5.4',
      'Collins 2002, discriminative training of HMMs with the perceptron',
      'scripts/train (npm run train)',
    ],
    version: 1,
  },
  prefilter: /[\u4e00-\u9fff]/,
  find: findNames,
  context: { words: [...NAME_LABELS, '名单', '签名', '本人', '先生', '女士', 'name'], before: 12, after: 6 },
  validate(value, { text, candidate }): Verdict {
    const role = roleBefore(text, candidate.start);
    const attributes = role === undefined ? {} : { role };
    if (candidate.pattern.startsWith('masked') || candidate.pattern === 'form-masked') {
      // A visible given-name character (张*丰, *三) leaves more than the display convention shows (§5.4).
      const visibleGiven = candidate.pattern === 'masked-given-visible' || /^[*×●○]/.test(value);
      return { validation: 'unchecked', state: visibleGiven ? 'partially_masked' : 'masked', attributes };
    }
    return { validation: 'unchecked', attributes };
  },
  mask: (value) => {
    const chars = Array.from(value);
    return chars[0] + '*'.repeat(Math.max(1, chars.length - 1));
  },
});
