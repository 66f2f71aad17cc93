import {
  addressedNames,
  capitalisedRuns,
  firmSpans,
  inAddressLine,
  mergeEnCandidates,
  NON_PERSON_WORD,
  PLACE_LAST_NOT_SURNAME,
  withNameSuffix,
  withoutJobWords,
} from '../../ner/en-name-rules.js';
import { scanEnText, tagEnLines } from '../../ner/en-name-lines.js';
import { enNameModel } from '../../ner/en-name-tagger.js';
import type { EnNameLexicon } from '../../ner/en-token-features.js';
import type { Candidate } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';

// A small push towards names when decoding (a bias on 'O'): held-out presidio_synth templates showed the
// model too cautious on contexts it had not seen.
const O_BIAS = [-2, 0, 0, 0, 0];
const LATIN = /[A-Za-z]/;
const AFTER_THE = /\b[Tt]he\s$/;
// A plural last word: "the White Stripes", "the Rolling Stones", "the United States" (but "the Anna Berg version").
const PLURAL_LAST = /[a-z]s$/;
// An all-capitals word of three letters or more that is no known surname (USNS, USCGC, LLC): no part of a name.
const ACRONYM = /^[A-Z]{3,}$/;
// One word with the ending of an abstract noun (Education, Happiness, Security, Tourism, Biology, Partnership): no name.
const ABSTRACT_NOUN = /^[A-Z][a-z]{3,}(?:tion|sion|ness|ity|ism|ology|ship|hood)$/;

// A whole cell of one to three capitalised words (Smith, Mary Ann Lee): a name only under a name column,
// which the low score enforces (it passes the threshold only with a context word such as the column name).
const CELL = /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]+(?:\s+[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’.-]*){0,2}$/;

function cellName(text: string): Candidate[] {
  const t = text.trim();
  if (t.length > 60 || !CELL.test(t)) return [];
  const start = text.indexOf(t);
  return [{ value: t, start, end: start + t.length, pattern: 'cell', baseScore: 0.3 }];
}

// In a caseless text a tagged span is kept when one of its words is a known name, or when a cue right before it
// announces a name (call me velinda, name: velinda, mr. moraske, says moraske): lower-case words in a list after
// "name" (name, birthday, sex) are column headings, not people.
const CASELESS_CUE_BEFORE =
  /(?:\bname(?: is)?|\bcalls? me|\bcalled|\bmr\.?|\bmrs\.?|\bms\.?|\bdr\.?|\bdear|\bhi|\bhello|\bhey|\bthanks|\bi'm|\bi am|\bsays|\bsaid)[:,]?\s+$/;
const WORD = /[a-z\u00DF-\u024F]+/g;

function caselessKeep(text: string, start: number, end: number, lex: EnNameLexicon): boolean {
  if (CASELESS_CUE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) return true;
  const words = text.slice(start, end).match(WORD) ?? [];
  const known = words.filter((w) => lex.given.has(w) || lex.family.has(w)).length;
  // A short text is a cell or a label: "mark" under a grade column, "rose garden" in notes. There a span without a
  // cue must be a full name of known words (john smith); in running text one known word is enough.
  const short = (text.match(/\S+/g) ?? []).length < 4;
  return short ? words.length >= 2 && known === words.length : known > 0;
}

function findNames(text: string): Candidate[] {
  const use = enNameModel();
  const { lines, greeting } = scanEnText(text, use.lexicon);
  // The addressed-name expression is costly on long texts: it runs only where a greeting or a name question is.
  const nameQuestion = (text.includes('ame') || text.includes('AME')) && text.includes('?');
  const addressed = greeting || nameQuestion ? addressedNames(text, use.lexicon) : [];
  if (lines.length === 0 && addressed.length === 0) return cellName(text);
  // In a text without capitals (chat, a form typed in lower case) a name need not start with one.
  const caseless = lines[0]?.caseless === true;
  const model: Candidate[] = tagEnLines(lines, use, O_BIAS)
    .filter((s) =>
      caseless
        ? caselessKeep(text, s.start, s.end, use.lexicon)
        : /^[A-Z\u00C0-\u00DE]/.test(text[s.start]!) && LATIN.test(text.slice(s.start, s.end)),
    )
    .filter(
      (s) =>
        !text
          .slice(s.start, s.end)
          .split(/\s+/)
          .some((w) => NON_PERSON_WORD.test(w) || (ACRONYM.test(w) && !use.lexicon.family.has(w.toLowerCase()))) &&
        !(text.slice(s.start, s.end).includes(' ') && PLACE_LAST_NOT_SURNAME.test(text.slice(text.lastIndexOf(' ', s.end - 1) + 1, s.end))),
    )
    .filter((s) => !ABSTRACT_NOUN.test(text.slice(s.start, s.end)))
    .map((s) => ({ value: text.slice(s.start, s.end), start: s.start, end: s.end, pattern: 'model', baseScore: 0.6 }));
  const runs: Candidate[] = [];
  for (const { line, lineStart, tokens } of lines) {
    for (const c of capitalisedRuns(line, tokens, use.lexicon)) runs.push({ ...c, start: c.start + lineStart, end: c.end + lineStart });
  }
  const rules: Candidate[] = [...addressed, ...runs];
  // The model sometimes tags only part of a run of capitalised names (Martinsen of "Weronika Martinsen will…"): the
  // whole run that holds it is the name. Both lists are in text order and runs do not overlap: one sweep.
  const pairs = runs.filter((r) => r.pattern === 'capitalised-pair');
  let k = 0;
  for (const c of model) {
    while (k < pairs.length && pairs[k]!.end <= c.start) k++;
    const run = pairs[k];
    rules.push(run && run.start <= c.start && c.end <= run.end ? { ...c, start: run.start, end: run.end, value: run.value } : c);
  }
  if (rules.length === 0) return cellName(text);
  // Job titles before a name are not part of it (Producer Anna Berg); suffixes after it are (Jr., II, MD).
  for (let i = 0; i < rules.length; i++) {
    const c = rules[i]!;
    const start = withoutJobWords(text, c.start, c.end);
    const end = withNameSuffix(text, c.end);
    if (start !== c.start || end !== c.end)
      rules[i] = start < 0 ? { ...c, end: c.start } : { ...c, start, end, value: text.slice(start, end) };
  }
  const firms = firmSpans(text, use.lexicon);
  const kept = rules.filter(
    (c) =>
      c.end > c.start &&
      (c.pattern === 'addressed' || c.pattern === 'title' || !inAddressLine(text, c.start, c.end)) &&
      // "the White Stripes", "the Rolling Stones": capitalised words ending in a plural after "the" name a band, a
      // firm or a place; "the Anna Berg version" is a person's.
      !(c.value.includes(' ') && PLURAL_LAST.test(c.value) && AFTER_THE.test(text.slice(Math.max(0, c.start - 4), c.start))) &&
      !firms.some((f) => c.start < f.end && f.start < c.end),
  );
  return mergeEnCandidates(kept, text.length);
}

/** English and romanised person names (John Smith, Dr. Mary Johnson, ZHANG San): a trained token tagger plus capitalisation rules. */
export const enPersonName = defineRecognizer({
  meta: {
    id: 'en-person-name',
    entity: 'PERSON',
    piType: 'PI.BASIC.NAME',
    country: 'INTL',
    description: 'English and romanised (pinyin) person names in running text, forms and letters.',
    references: [
      'pi-taxonomy.md §4.1',
      'Collins 2002, discriminative training of HMMs with the perceptron',
      'scripts/train (npm run train)',
    ],
    version: 1,
  },
  // A capital, or for a text written without capitals a lower-case word followed by a space: a name kept there needs
  // two words or a cue before it (john smith, name: velinda, mr. moraske), so single-word cells (user1@mail.com) are skipped.
  prefilter: /[A-Z]|[a-z][:,.]?\s/,
  find: findNames,
  context: {
    words: [
      'name',
      'full name',
      'patient',
      'applicant',
      'recipient',
      'consignee',
      'guardian',
      'contact',
      'dear',
      'signed',
      'mr',
      'mrs',
      'ms',
      'dr',
      '姓名',
    ],
    before: 20,
    after: 10,
  },
  validate: () => 'unchecked',
  mask: (value) =>
    value
      .split(/(\s+)/)
      .map((w) => (/\s/.test(w) || w.length === 0 ? w : w[0] + '*'.repeat(Math.max(1, w.length - 1))))
      .join(''),
});
