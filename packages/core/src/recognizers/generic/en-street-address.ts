import { defineRecognizer } from '../../recognizer.js';

// Street-type words (USPS Publication 28 C1 common suffixes, plus the usual English ones).
const SUFFIX =
  '(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Ter|Circle|Cir|Parkway|Pkwy|Highway|Hwy|Square|Sq|Trail|Trl|Plaza|Alley|Row|Crescent|Close|Loop|Pike|Path|Walk|Freeway|Expressway|Heights|Hts|Gardens|Mews|Ridge|Point|Crossing|Creek|Center|Centre|Commons|Estates|Junction|Landing|Park|Port|Station|Summit|Valley|View|Village|Villages|Vista|Wells)';
const WORD = "[A-Z][A-Za-z'.-]*";
const UNIT = '(?:,?\\s+(?:Apt\\.?|Apartment|Suite|Ste\\.?|Unit|Room|Rm\\.?|Floor|Fl\\.?|#)\\s*[A-Za-z0-9-]{1,6})';
const CITY_STATE_ZIP = '(?:,?\\s+(?:[A-Z][A-Za-z.-]+\\s+){0,2}[A-Z][A-Za-z.-]+,?\\s+[A-Z]{2}\\s+\\d{5}(?:-\\d{4})?)';
// Continental forms write the number after the street (Bahnhofstrasse 12, Rua do Arenque 1634).
const EU_TAIL = '(?:[Ss]trasse|[Ss]traße|[Gg]asse|[Ww]eg|vej|vænget|gata|gatan|gade|katu|kuja|tie|laan|straat|plein|allee|ulica|utca)';
const EU_HEAD = '(?:Rua|Via|Viale|Calle|Avenida|Rue|Piazza|Largo|Travessa|Praça|Plaza|Carrer)';
const NOT_AFTER = '(?![A-Za-z0-9])';
const NOT_BEFORE = '(?<![A-Za-z0-9])';
const CONTINENTAL = new RegExp(
  `${NOT_BEFORE}(?:(?:\\p{Lu}[\\p{L}'.-]*\\s+){0,2}\\p{L}*${EU_TAIL}|${EU_HEAD}(?:\\s+[\\p{L}'.-]+){1,4})\\s+\\d{1,4}[a-z]?\\.?${UNIT.replace('[A-Za-z0-9-]', '[\\p{L}0-9-]')}?(?![\\p{L}0-9])`,
  'gu',
);
// The continental form is costly to try at every letter; a text without any of its street words skips it.
// Case-sensitive like the pattern it gates. The street word before the number is read backwards from a
// space and a digit (rare outside tables and logs), not tried at every letter.
const CONTINENTAL_HINT = new RegExp(`\\s\\d(?<=${EU_TAIL}\\s+\\d)|${EU_HEAD}\\s`);

/** English and continental street addresses (number + street + suffix, unit, city, state, ZIP; military APO/FPO). */
export const enStreetAddress = defineRecognizer({
  meta: {
    id: 'en-street-address',
    entity: 'STREET_ADDRESS',
    piType: 'PI.BASIC.ADDRESS',
    country: 'INTL',
    description:
      'Street address: house number, up to four capitalised street words and a street-type suffix, then an optional unit and "City, ST 12345"; continental number-after forms; APO/FPO/DPO military mail.',
    references: [
      'USPS Publication 28 (street suffixes, secondary unit designators)',
      'Presidio-research synth_dataset_v2 STREET_ADDRESS shape',
    ],
    version: 1,
  },
  // What each form holds: a street-type word after a space and before no letter or digit (the US form: its
  // number, unit and city come before or after), PSC/Unit/CMR and a number (military mail), or the
  // continental hint. The old test, a digit, passed every window of logs and tables, where the US pattern
  // tried every number.
  prefilter: new RegExp(`\\s${SUFFIX}(?![A-Za-z0-9])|(?:PSC|Unit|CMR)\\s+\\d|${CONTINENTAL_HINT.source}`),
  patterns: [
    {
      name: 'us-street',
      regex: new RegExp(
        // The look-behind is tried after the first digit (the same test: no letter or digit before it), so
        // that the scan skips to digits instead of trying the look-behind at every character.
        `\\d(?<![A-Za-z0-9]\\d)\\d{0,5}[A-Z]?\\s+(?:${WORD}\\s+){0,4}${SUFFIX}\\.?(?:\\s+(?:NE|NW|SE|SW|N|S|E|W)\\.?)?${UNIT}?${CITY_STATE_ZIP}?${NOT_AFTER}`,
        'g',
      ),
      score: 0.6,
    },
    {
      name: 'military',
      // The look-behind after the word: the same test (no letter or digit before it), tried only where a word
      // starts, not at every character.
      regex: /(?:PSC|Unit|CMR)(?<![A-Za-z0-9](?:PSC|Unit|CMR))\s+\d{3,5},?\s+Box\s+\d{3,5}\s+(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}(?![0-9])/g,
      score: 0.85,
    },
  ],
  find(text) {
    if (!CONTINENTAL_HINT.test(text)) return [];
    CONTINENTAL.lastIndex = 0;
    return Array.from(text.matchAll(CONTINENTAL), (m) => ({
      value: m[0],
      start: m.index,
      end: m.index + m[0].length,
      pattern: 'continental',
      baseScore: 0.55,
    }));
  },
  // A city, state and ZIP after the street leave no doubt.
  validate(value) {
    // Depth as for Chinese addresses (pi-taxonomy §4.2): a door (L6), or a unit inside the building (L11).
    const unit = /\b(?:Apt|Apartment|Suite|Ste|Unit|Room|Rm|Floor|Fl)\b|#/i.test(value);
    const attributes = { depth: unit ? 11 : 6, depthLevel: unit ? 'room' : 'road', precise: true, tier: 3 };
    return /[A-Z]{2}\s+\d{5}(?:-\d{4})?$/.test(value)
      ? { validation: 'valid', score: 0.9, attributes }
      : { validation: 'unchecked', attributes };
  },
  context: {
    words: [
      'address',
      'lives at',
      'live at',
      'living at',
      'located at',
      'ship to',
      'mail to',
      'send to',
      'deliver',
      'residence',
      'home',
      'billing',
    ],
  },
});
