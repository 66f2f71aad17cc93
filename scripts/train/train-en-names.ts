import { buildEnNameLexicon, type EnNameLexiconData, enTokenFeatures } from '../../packages/core/src/ner/en-token-features.js';
import { tokenize, type Token } from '../../packages/core/src/ner/en-tokens.js';
import { candidateLines, tagEnLines } from '../../packages/core/src/ner/en-name-lines.js';
import type { LinearChainModel } from '../../packages/core/src/ner/linear-chain-model.js';
import { trainPerceptron, type TrainingSequence } from './averaged-perceptron.js';
import { COMMON_WORDS, FAMILY_NAMES, GIVEN_NAMES, INTL_FAMILY_NAMES, INTL_GIVEN_NAMES, PINYIN_SURNAMES } from './lexicons/en-names.js';
import { createRng } from './random.js';
import { readPresidio, readWnut, type TaggedTokens } from './read-training-data.js';
import { generateEnSentences } from './synth-en-sentences.js';
import { BIOES, bioesOf, type TaggedText } from './tagged-text.js';

export const EN_BITS = 17;
const EPOCHS = 8;
const SYNTH_TEXTS = 16000;

/** presidio_synth is split by template: even template ids train, odd ones are held out for evaluation. */
export const isPresidioTrainTemplate = (template: number): boolean => template % 2 === 0;

/** Tokens of a text and the token spans of its character-span names. */
function tokensOf(t: TaggedText): TaggedTokens & { tok: Token[] } {
  const tok = tokenize(t.text);
  const names = t.names
    .map((n) => ({ start: tok.findIndex((k) => k.end > n.start), end: tok.findIndex((k) => k.start >= n.end) }))
    .map((s) => ({ start: s.start, end: s.end < 0 ? tok.length : s.end }))
    .filter((s) => s.start >= 0 && s.end > s.start);
  return { tokens: tok.map((k) => k.text), names, tok };
}

/** Name tokens of annotated spans: first token → given name, last → family name. */
function harvest(sets: readonly TaggedTokens[], given: Set<string>, family: Set<string>): void {
  const ok = (w: string | undefined): w is string => w !== undefined && /^[a-z\u00e0-\u024f][a-z\u00e0-\u024f'-]+$/.test(w);
  for (const s of sets) {
    for (const n of s.names) {
      const first = s.tokens[n.start]?.toLowerCase();
      const last = s.tokens[n.end - 1]?.toLowerCase();
      if (n.end - n.start >= 2) {
        if (ok(first)) given.add(first);
        if (ok(last)) family.add(last);
      }
    }
  }
}

/**
 * Words written in lower case at least twice outside names in the training texts and never inside one (star,
 * channel, cool), less the known names and the common words: evidence against a capitalised word being a name.
 */
function frequentLowerWords(sets: readonly TaggedTokens[], given: Set<string>, family: Set<string>, common: Set<string>): string[] {
  const count = new Map<string, number>();
  const inName = new Set<string>();
  for (const s of sets) {
    s.tokens.forEach((t, i) => {
      if (s.names.some((n) => i >= n.start && i < n.end)) inName.add(t.toLowerCase());
      else if (/^[a-z][a-z'-]+$/.test(t)) count.set(t, (count.get(t) ?? 0) + 1);
    });
  }
  return [...count]
    .filter(([w, c]) => c >= 2 && !inName.has(w) && !given.has(w) && !family.has(w) && !common.has(w))
    .map(([w]) => w)
    .sort();
}

/** Exact and overlap F1 of character spans, for the training log. */
export function charSpanF1(texts: readonly TaggedText[], tag: (text: string) => Array<{ start: number; end: number }>): string {
  let tp = 0;
  let otp = 0;
  let pred = 0;
  let gold = 0;
  for (const t of texts) {
    const spans = tag(t.text);
    pred += spans.length;
    gold += t.names.length;
    for (const g of t.names) {
      if (spans.some((s) => s.start === g.start && s.end === g.end)) tp++;
      if (spans.some((s) => s.start < g.end && g.start < s.end)) otp++;
    }
  }
  const f = (x: number): string => ((2 * x) / Math.max(1, pred + gold)).toFixed(3);
  return `exact F1 ${f(tp)}, overlap F1 ${f(otp)} (${gold} gold, ${pred} predicted)`;
}

/** Trains the English name tagger on WNUT-17 train, the even presidio_synth templates and generated sentences. */
export function trainEnNames(dataDir: string, log: (line: string) => void): { model: LinearChainModel; lexicon: EnNameLexiconData } {
  const rng = createRng(20261124);
  const presidio = readPresidio(dataDir);
  const presidioTrain = presidio.filter((p) => isPresidioTrainTemplate(p.template)).map(tokensOf);
  const wnut = readWnut(dataDir, 'wnut17train.conll');
  // Lexicon entries are single tokens: of "van dijk" the tagger looks up "dijk".
  const words = (...lists: string[]): string[] =>
    lists
      .flatMap((l) => l.split('|'))
      .map((w) => w.split(' ').at(-1)!)
      .filter(Boolean);
  const given = new Set(words(GIVEN_NAMES, INTL_GIVEN_NAMES));
  const family = new Set(words(FAMILY_NAMES, PINYIN_SURNAMES, INTL_FAMILY_NAMES));
  harvest([...wnut, ...presidioTrain], given, family);
  const common = new Set(COMMON_WORDS.split('|'));
  for (const w of common) {
    given.delete(w);
    family.delete(w);
  }
  const lexicon: EnNameLexiconData = {
    givenNames: [...given].sort().join('|'),
    familyNames: [...family].sort().join('|'),
    commonWords: [...common].sort().join('|'),
    frequentWords: frequentLowerWords([...wnut, ...presidioTrain], given, family, common).join('|'),
  };
  const lex = buildEnNameLexicon(lexicon);
  const synth = generateEnSentences(rng, SYNTH_TEXTS, [...given], [...family]).map(tokensOf);
  const asTokens = (t: TaggedTokens): Token[] => t.tokens.map((text) => ({ text, start: 0, end: 0 }));
  const seqs: TaggedTokens[] = [...wnut, ...presidioTrain, ...presidioTrain, ...synth];
  log(`en names: ${seqs.length} training texts, ${seqs.reduce((n, s) => n + s.names.length, 0)} names`);
  const data: TrainingSequence[] = seqs.map((s) => ({
    features: enTokenFeatures(asTokens(s), lex, EN_BITS),
    gold: bioesOf(s.tokens.length, s.names),
  }));
  const model = trainPerceptron('en-person-name', BIOES, EN_BITS, data, EPOCHS, rng, log);
  const held = presidio.filter((p) => !isPresidioTrainTemplate(p.template));
  const use = { model, lexicon: lex };
  log(`en names on presidio_synth held-out templates: ${charSpanF1(held, (t) => tagEnLines(candidateLines(t, use.lexicon), use))}`);
  return { model, lexicon };
}
