import {
  ADDRESS_TEMPLATES,
  CITIES,
  DISTRICTS,
  FOREIGN_NON_PERSON,
  NEGATIVE,
  ORGS,
  PLACE_SUFFIX,
  PLACES,
  PROVINCES,
  ROLE_TEMPLATES,
  ROLES,
  TEMPLATES,
} from './lexicons/cn-sentence-templates.js';
import { FOREIGN_PLACES } from './lexicons/foreign-places.js';
import { drawNameKind, FOREIGN_SYLLABLES, generateCnName, TOP_SURNAMES } from './synth-cn-names.js';
import type { Rng } from './random.js';
import { assemble, type TaggedText } from './tagged-text.js';

/**
 * A Chinese address whose place names start with surname characters (龙港镇, 张浦镇, 程家村): the model must
 * learn that these are places, not people.
 */
function address(rng: Rng, charPool: string): string {
  const place = (): string =>
    rng.pick(TOP_SURNAMES) + (rng.chance(0.5) ? rng.pick(charPool) : rng.pick('家江山桥湖港岙浦溪塘')) + rng.pick(PLACE_SUFFIX);
  return `${rng.pick(PROVINCES)}${rng.pick(CITIES)}${rng.pick(DISTRICTS)}${place()}${rng.chance(0.6) ? place() : ''}${1 + rng.int(300)}号${rng.chance(0.4) ? `${1 + rng.int(30)}幢${100 + rng.int(2000)}室` : ''}`;
}

/** A transliterated word that names a place or club in the templates above. */
function foreignWord(rng: Rng): string {
  if (rng.chance(0.5)) return rng.pick(FOREIGN_PLACES);
  return Array.from({ length: 2 + rng.int(3) }, () => rng.pick(FOREIGN_SYLLABLES)).join('');
}

/** Fills one template; every `N` becomes a freshly generated name, every `F` a foreign non-person word. */
function fill(template: string, rng: Rng, charPool: string, known: readonly string[]): TaggedText {
  const pieces: Array<string | { name: string }> = [];
  for (const ch of template) {
    if (ch === 'N') pieces.push({ name: generateCnName(rng, drawNameKind(rng), charPool, known) });
    else if (ch === 'P') pieces.push(rng.pick(PLACES));
    else if (ch === 'O') pieces.push(rng.pick(PLACES) + rng.pick(ORGS));
    else if (ch === 'D') pieces.push(String(1 + rng.int(98)));
    else if (ch === 'F') pieces.push(foreignWord(rng));
    else if (ch === 'R') pieces.push(rng.pick(ROLES));
    else if (ch === 'A') pieces.push(address(rng, charPool));
    else pieces.push(ch);
  }
  return assemble(pieces);
}

/** `count` generated sentences, about one in five a negative without names. */
export function generateCnSentences(rng: Rng, count: number, charPool: string, known: readonly string[]): TaggedText[] {
  return Array.from({ length: count }, () => {
    const x = rng.next();
    const template =
      x < 0.15
        ? rng.pick(NEGATIVE)
        : x < 0.25
          ? rng.pick(FOREIGN_NON_PERSON)
          : x < 0.35
            ? rng.pick(ADDRESS_TEMPLATES)
            : x < 0.6
              ? rng.pick(ROLE_TEMPLATES)
              : rng.pick(TEMPLATES);
    return fill(template, rng, charPool, known);
  });
}

/** Re-draws the names of real annotated sentences (Weibo train), keeping their real contexts. */
export function reshuffleNames(texts: readonly TaggedText[], rng: Rng, charPool: string, known: readonly string[]): TaggedText[] {
  return texts
    .filter((t) => t.names.length > 0)
    .map((t) => {
      const pieces: Array<string | { name: string }> = [];
      let at = 0;
      for (const s of t.names) {
        pieces.push(t.text.slice(at, s.start), { name: generateCnName(rng, drawNameKind(rng), charPool, known) });
        at = s.end;
      }
      pieces.push(t.text.slice(at));
      return assemble(pieces);
    });
}
