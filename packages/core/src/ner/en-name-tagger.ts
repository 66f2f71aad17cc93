import { enPersonNameLexiconV1 } from '../data/en-person-name-lexicon.v1.js';
import { enPersonNameModelV1 } from '../data/en-person-name-model.v1.js';
import { candidateLines, tagEnLines } from './en-name-lines.js';
import { buildEnNameLexicon, type EnNameLexicon } from './en-token-features.js';
import type { LinearChainModel } from './linear-chain-model.js';
import { decodeModel } from './model-codec.js';
import type { TagSpan } from './tag-spans.js';

let loaded: { model: LinearChainModel; lexicon: EnNameLexicon } | undefined;

/** The shipped English name model and lexicon, decoded on first use and then shared. */
export function enNameModel(): { model: LinearChainModel; lexicon: EnNameLexicon } {
  loaded ??= { model: decodeModel(enPersonNameModelV1), lexicon: buildEnNameLexicon(enPersonNameLexiconV1) };
  return loaded;
}

/** Character spans of the names the token model tags in `text`; lines without a promising capital are skipped. */
export function tagEnNames(
  text: string,
  use: { model: LinearChainModel; lexicon: EnNameLexicon } = enNameModel(),
  bias?: ArrayLike<number>,
): TagSpan[] {
  return tagEnLines(candidateLines(text, use.lexicon), use, bias);
}
