import { buildCnNameLexicon, type CnNameLexiconData } from '../../packages/core/src/ner/cn-name-lexicon.js';
import { cnCharFeatures } from '../../packages/core/src/ner/cn-char-features.js';
import { decode, type LinearChainModel } from '../../packages/core/src/ner/linear-chain-model.js';
import { spansOfTags } from '../../packages/core/src/ner/tag-spans.js';
import { trainPerceptron, type TrainingSequence } from './averaged-perceptron.js';
import { readCommonWords, readKnownNames, readNonPersonWords } from './common-words.js';
import { FOREIGN_PLACES } from './lexicons/foreign-places.js';
import { COMPOUND_SURNAMES, SINGLE_SURNAMES, TRADITIONAL_SURNAMES } from './lexicons/cn-surnames.js';
import { GIVEN_NAME_CHARS, TRANSLIT_CHARS } from './lexicons/cn-name-chars.js';
import { createRng } from './random.js';
import { readCehrSentences, readCmedqaTexts, readWeibo } from './read-training-data.js';
import { generateCnNews, type NewsFillers } from './synth-cn-news.js';
import { generateCnSentences, reshuffleNames } from './synth-cn-sentences.js';
import { BIOES, bioesOf, type TaggedText } from './tagged-text.js';

export const CN_BITS = 17;
const EPOCHS = 10;
// Compositional news, résumé and address sentences (synth-cn-news.ts) per bagged model.
const NEWS_SENTENCES = 15000;

const uniq = (s: string): string => [...new Set(s)].join('');

/** The lexicon tables, from the hand lists and jieba's dictionary. */
export function buildLexiconData(): CnNameLexiconData {
  return {
    surnames: uniq(SINGLE_SURNAMES + TRADITIONAL_SURNAMES),
    compoundSurnames: [...new Set(COMPOUND_SURNAMES)],
    givenChars: uniq(GIVEN_NAME_CHARS),
    translitChars: uniq(TRANSLIT_CHARS),
    commonWords: readCommonWords().join(''),
    knownNames: readKnownNames(uniq(SINGLE_SURNAMES), FOREIGN_PLACES).join('|'),
  };
}

/** Span precision/recall/F1 of a model on tagged texts (exact spans), for the training log. */
export function spanF1(model: LinearChainModel, lexData: CnNameLexiconData, texts: readonly TaggedText[]): string {
  const lex = buildCnNameLexicon(lexData);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const t of texts) {
    const spans = spansOfTags(model.tags, decode(model, cnCharFeatures(t.text, lex, model.bits)));
    const gold = new Set(t.names.map((s) => `${s.start}:${s.end}`));
    for (const s of spans)
      if (gold.delete(`${s.start}:${s.end}`)) tp++;
      else fp++;
    fn += gold.size;
  }
  const p = tp / Math.max(1, tp + fp);
  const r = tp / Math.max(1, tp + fn);
  return `P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / Math.max(1e-9, p + r)).toFixed(3)} (${tp + fn} gold)`;
}

/** Trains the Chinese name tagger on Weibo train, its name-reshuffled copies, generated sentences and cMedQA negatives. */
export function trainCnNames(dataDir: string, log: (line: string) => void): { model: LinearChainModel; lexicon: CnNameLexiconData } {
  const lexData = buildLexiconData();
  const lex = buildCnNameLexicon(lexData);
  const weibo = readWeibo(dataDir, 'train');
  const medical = [...readCmedqaTexts(dataDir), ...readCehrSentences(dataDir).slice(0, 3000)];
  // Characters of real text, for the occasional uncommon given-name character.
  const charPool = uniq(
    weibo
      .map((t) => t.text)
      .join('')
      .replace(/[^\u4e00-\u9fff]/g, ''),
  );
  const known = lexData.knownNames.split('|');
  const fillers: NewsFillers = {
    charPool,
    known,
    words: readNonPersonWords(['n', 'nz', 'nt', 'v', 'vn', 'a', 'i', 'l'], 50),
    places: [...FOREIGN_PLACES, ...readNonPersonWords(['ns'], 50)],
  };
  // Several models on differently generated data, their weights averaged (bagging): the generated sentences
  // are a sample, and one sample's accidents should not decide what the shipped model believes.
  const models = SEEDS.map((seed) => {
    const rng = createRng(seed);
    const texts: TaggedText[] = [
      ...weibo,
      ...weibo,
      ...reshuffleNames(weibo, rng, charPool, known),
      ...reshuffleNames(weibo, rng, charPool, known),
      ...reshuffleNames(weibo, rng, charPool, known),
      ...generateCnSentences(rng, 12000, charPool, known),
      ...generateCnNews(rng, NEWS_SENTENCES, fillers),
      ...medical.map((text) => ({ text, names: [] })),
    ];
    log(`cn names (seed ${seed}): ${texts.length} training texts, ${texts.reduce((n, t) => n + t.names.length, 0)} names`);
    const data: TrainingSequence[] = texts.map((t) => ({
      features: cnCharFeatures(t.text, lex, CN_BITS),
      gold: bioesOf(t.text.length, t.names),
    }));
    return trainPerceptron('cn-person-name', BIOES, CN_BITS, data, EPOCHS, rng, log);
  });
  const model = zeroOutsideColumn(averageModels(models));
  log(`cn names on Weibo dev (PER.NAM, exact): ${spanF1(model, lexData, readWeibo(dataDir, 'dev'))}`);
  return { model, lexicon: lexData };
}

/**
 * The same model with every row's 'O' weight subtracted from its five weights: a constant per position, so
 * no decoded path changes, and the stored model lets the tagger add four packed weights per feature, not five.
 */
function zeroOutsideColumn(m: LinearChainModel): LinearChainModel {
  const t = m.tags.length;
  const emission = Float32Array.from(m.emission);
  for (let r = 0; r < emission.length; r += t) {
    const o = emission[r]!;
    for (let y = 0; y < t; y++) emission[r + y]! -= o;
  }
  return { ...m, emission };
}

const SEEDS = [20261123, 20261125, 20261127];

/** The element-wise mean of models of one shape. */
function averageModels(models: readonly LinearChainModel[]): LinearChainModel {
  const first = models[0]!;
  const emission = new Float32Array(first.emission.length);
  const transition = new Float32Array(first.transition.length);
  for (const m of models) {
    for (let i = 0; i < emission.length; i++) emission[i]! += m.emission[i]! / models.length;
    for (let i = 0; i < transition.length; i++) transition[i]! += m.transition[i]! / models.length;
  }
  return { ...first, emission, transition };
}
