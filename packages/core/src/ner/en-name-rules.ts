import type { Candidate } from '../recognizer.js';
import type { EnNameLexicon } from './en-token-features.js';
import type { Token } from './en-tokens.js';

const CAPITALISED = /^[A-Z\u00C0-\u00DE][a-z\u00DF-\u024F'’-]+$/;
const INITIAL = /^[A-Z]\.?$/;
const TITLE = /^(?:Mr|Mrs|Ms|Dr|Prof|Sir|Dame|Miss)\.?$/;
// Words after which a capitalised pair is a place, an organisation or a thing, not a person.
const NON_PERSON_NEXT =
  /^(?:street|st|road|rd|avenue|ave|drive|dr|lane|ln|boulevard|blvd|way|court|ct|place|pl|square|park|bay|river|lake|mountain|city|county|state|university|college|school|hospital|bank|inc|ltd|llc|corp|corporation|company|group|foundation|institute|center|centre|airport|station|hotel|church|island|islands|valley|heights|harbor|harbour|terrace|bypass|extension|extensions|radial|pass|crossing|junction)$/i;

// Words that end a street or place name (Marla Trail, Hollis Points, Shelly Park): a run ending with one is no person.
const PLACE_LAST =
  /^(?:park|trail|points?|summit|dam|coves?|courts?|crossing|ridge|hill|hills|gardens|plaza|mill|mills|passage|alley|close|grove|meadows?|landing|creek|falls|fork|forks|glen|green|haven|hollow|island|isle|key|knoll|manor|mount|mountain|orchard|pines|port|shore|shores|spring|springs|station|view|villa|village|ville|vista|walk|wells|woods)$/i;

/** PLACE_LAST without the words that are also frequent surnames (Park, Hill, Green, Wells): for the model's spans. */
export const PLACE_LAST_NOT_SURNAME =
  /^(?:trail|points?|summit|dam|coves?|courts?|crossing|ridge|gardens|plaza|passage|alley|grove|meadows?|landing|creek|falls|forks?|glen|haven|hollow|island|isle|knoll|manor|orchard|pines|shores|springs|station|view|villa|village|vista|walk)$/i;

// Words that make a capitalised run an address or an organisation wherever they stand in it.
export const NON_PERSON_WORD =
  /^(?:rue|via|vicolo|viale|calle|avenida|rua|cite|cité|port|porto|puerto|santa|são|saint|st|apt|suite|republic|united|kingdom|technologies|technology|solutions|partners|associates|markets|systems|services|holdings|industries|international|global|data|bioscience|transit|public|statement|salesperson|awarded|now|orchestra|band|station|corporation|weekly|daily|times|news|act|law|southern|northern|eastern|western|central|streets|squares|union|springs|info|personal|guilty|pleasures|terrace|bypass|pass|harbor|harbour|radial|bay|prairie|forks|greens|village|close|country|beach|vue|str|gare|los|las|capital|consulting|economic|insight|insights|research|analytics|agency|reports|lines|labs|media|logistics|ventures|networks|software|pharma|pharmaceuticals|energy|motors|airlines|foods|brands|studios|records|entertainment|communications|enterprises|laboratories|trust|fund|funds|insurance|securities|investments|realty|properties|hotels|resorts|norway|sweden|denmark|finland|iceland|germany|austria|switzerland|hungary|poland|czechia|slovakia|slovenia|croatia|serbia|italy|spain|portugal|greece|cyprus|turkey|russia|ukraine|uruguay|argentina|brazil|chile|peru|mexico|colombia|tunisia|morocco|egypt|nigeria|kenya|africa|australia|zealand|ireland|scotland|wales|england|belgium|netherlands|luxembourg)$|(?:strasse|straße|gasse|weg|vej|katu|utca|platz|allee|ulica|ulice)$/i;

// Firm names built from family names (Hoffman, Willis and White; Baker & Sons; Reed-Kemp LLP): the words are
// surnames, but together they name a company, as law firms and company generators write them.
const FIRM = /\b([A-Z][a-z'’-]+), ([A-Z][a-z'’-]+),? (?:and|&) ([A-Z][a-z'’-]+)\b|\b[A-Z][a-z'’-]+(?:,? (?:and|&) | )Sons\b/g;

/**
 * [start, end) of firm names in `text`. Three names joined as "A, B and C" are a firm unless two of them are
 * given names only (Romi, Erik and Amy is a list of people), or a colon introduces them as a list.
 */
export function firmSpans(text: string, lex: EnNameLexicon): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  FIRM.lastIndex = 0;
  for (let m = FIRM.exec(text); m !== null; m = FIRM.exec(text)) {
    if (m[1] !== undefined) {
      const givenOnly = [m[1], m[2]!, m[3]!].filter((w) => {
        const l = w.toLowerCase();
        return lex.given.has(l) && !lex.family.has(l);
      }).length;
      // After a colon, or after a single word and a comma, the three are the end of a list of people (They had 5:
      // A, B, C, D and E); after "Fernandez Inc., " they are still a firm.
      const before = text.slice(Math.max(0, m.index - 40), m.index);
      if (givenOnly >= 2 || /:\s*$/.test(before) || /(?:^|[,:]\s*)[A-Z][a-z'’-]+,\s*$/.test(before)) continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// A greeting or the answer to a name question names the person addressed (Hi Freddy, Dear Ms. Novak, What's your
// last name? Boyle), whether or not the lexicon knows the word; forms of address (Dear Sir, Hi all) are not names.
const NAME_WORD = "[A-Z\\u00C0-\\u00DE][a-z\\u00DF-\\u024F'’-]+";
const ADDRESSED = new RegExp(
  `\\b(?:Hi|Hello|Hey|Dear|Thanks|Thank you|Goodbye|Bye)[ ,]+(?:(?:Mr|Mrs|Ms|Dr|Prof)\\.? )?(${NAME_WORD}(?: ${NAME_WORD})?)` +
    // A question about a name (your last name?, the name on the account?) and its answer, maybe after a chat
    // role label (User:, Customer:).
    `|\\b(?:[Nn]ame|[Ss]urname)\\b[^?\\n]{0,30}\\?[ \\t]+(?:(?:User|Customer|Caller|Client|Me|A):[ \\t]*)?(?:(?:It's|It is|I'm) )?(${NAME_WORD}(?: [A-Z](?:\\.|(?= )))?(?: ${NAME_WORD}){0,2})`,
  'g',
);
const NOT_ADDRESSEE =
  /^(?:sir|madam|all|everyone|everybody|team|there|customer|customers|friend|friends|guys|folks|world|again|so|for|very|you|colleagues|members|user|users|valued|student|students|parents|applicant|applicants|hiring|manager|mom|dad|anyway)$/i;

/** Names right after a greeting or a name question; a form of address or a common word ends the name. */
export function addressedNames(text: string, lex: EnNameLexicon): Candidate[] {
  const out: Candidate[] = [];
  ADDRESSED.lastIndex = 0;
  for (let m = ADDRESSED.exec(text); m !== null; m = ADDRESSED.exec(text)) {
    const group = m[1] ?? m[2]!;
    const words = group.split(' ');
    // A middle initial (Maja S Hermansen) is part of the name only with a word after it.
    if (/^[A-Z]\.?$/.test(words.at(-1)!)) words.pop();
    let keep = 0;
    while (keep < words.length && !NOT_ADDRESSEE.test(words[keep]!) && !lex.common.has(words[keep]!.toLowerCase())) keep++;
    if (keep === 0) continue;
    const value = words.slice(0, keep).join(' ');
    const start = m.index + m[0].length - group.length;
    out.push({ value, start, end: start + value.length, pattern: 'addressed', baseScore: 0.7 });
  }
  return out;
}

// A house number opening the line, or a street word, in the same clause before a capitalised word makes it part
// of an address (770 rue des Lilas Thomazo, Via Nuova 85, Suite 694 Valderice, Cite Ben Hjel). A year in prose
// (a 2017 film directed by …) is no house number: the number must open the line.
const HOUSE_NUMBER_FIRST = /^[>\s]*\d+[A-Za-z]?\s[^,.;:!?]*$/;
const STREET_WORD_BEFORE =
  /(?:^|[\s>])(?:rue|via|viale|calle|avenida|rua|cite|cité|street|st\.|road|rd\.?|avenue|ave\.?|lane|suite|apt\.?|unit|box|nad|pod)\s[^,.;:!?]*$/i;

// The town of an address: after a unit or box number and a comma (Apt. 12, Lindholm), or before a postcode, maybe
// with its country (Lindholm, Denmark 56905; Lindholm 56905).
const UNIT_BEFORE = /(?:apt\.?|suite|unit|box|po box)\s*\d+[a-z]?,\s*$/i;
const POSTCODE_AFTER = /^,?\s+(?:[A-Z][a-z]+(?: [A-Z][a-z]+)?,?\s+)?\d{4,6}\b/;
// A line of a postal address: a house, unit or box number with a street or unit word, or a postcode line.
const ADDRESS_LINE =
  /\d+[A-Za-z]?\s+(?:\S+\s+){0,4}?(?:street|st\.?|road|rd\.?|avenue|ave\.?|lane|drive|dr\.?|way|court|place|square|terrace|boulevard|blvd)\b|(?:^|\s)(?:apt\.?|suite|unit|box)\s*\d+/i;

/**
 * Whether a candidate sits in an address: after a house number or a street word in the same clause, as the town
 * after a unit number or before a postcode, or alone on a line right after an address line (a town under its
 * street in a multi-line address; the name line of a letter comes before the address, not after it).
 */
export function inAddressLine(text: string, start: number, end = start): boolean {
  // Only the 80 characters before and 40 after are looked at, so that a huge line costs no more per candidate.
  let lineStart = start;
  while (lineStart > 0 && start - lineStart < 81 && text.charCodeAt(lineStart - 1) !== 0x0a) lineStart--;
  const atLineStart = lineStart === 0 || text.charCodeAt(lineStart - 1) === 0x0a;
  const before = text.slice(lineStart, start);
  if ((atLineStart && HOUSE_NUMBER_FIRST.test(before)) || STREET_WORD_BEFORE.test(before) || UNIT_BEFORE.test(before)) return true;
  let lineEnd = end;
  while (lineEnd < text.length && lineEnd - end < 40 && text.charCodeAt(lineEnd) !== 0x0a) lineEnd++;
  const after = text.slice(end, lineEnd);
  // Before a postcode, or on the line above a military post line (USNS Lindholm / FPO AA 12345).
  if (POSTCODE_AFTER.test(after) || /^\n\s*(?:FPO|APO|DPO)\b/.test(text.slice(lineEnd, lineEnd + 8))) return true;
  const aloneOnLine = atLineStart && /^[\s>,]*$/.test(before) && /^[\s,]*(?:\d{4,6})?[\s,]*$/.test(after);
  if (!aloneOnLine || lineStart === 0) return false;
  const prevStart = Math.max(0, text.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 200);
  return ADDRESS_LINE.test(text.slice(prevStart, lineStart - 1));
}

// Job titles and roles written in title case before a name (Producer Anna Berg, Senior Engineer Tom Lund, Passenger
// ZHANG San): not the name.
export const JOB_WORD =
  /^(?:producer|director|manager|editor|engineer|officer|president|ceo|cfo|cto|chairman|chairwoman|chair|senator|governor|mayor|minister|coach|agent|nurse|writer|author|singer|actor|actress|artist|designer|developer|founder|cofounder|co-founder|captain|sergeant|detective|inspector|judge|lawyer|attorney|councillor|councilor|reporter|journalist|photographer|host|chef|pilot|senior|junior|chief|head|lead|principal|assistant|associate|vice|deputy|general|executive|owner|partner|analyst|consultant|architect|teacher|student|pastor|father|brother|sister|saint|king|queen|prince|princess|lord|lady|sir|passenger|patient|customer|client|guest|member|applicant|employee|candidate|tenant|driver|recipient|sender|buyer|seller|cardholder|holder|user|contact|witness|victim|suspect|defendant|plaintiff|guardian|consignee|shipper|traveller|traveler)$/i;

// Generational suffixes and credentials after a name belong to it (Kevin Veitonen II, John Lund Jr., Ann Berg MD).
const NAME_SUFFIX = /^ (?:II|III|IV|Jr\.?|Sr\.?|MD|DDS|PhD|DVM|Esq\.?)(?![A-Za-z])/;

/** Where a name span ends once a following suffix (Jr., II, MD) is taken in. */
export function withNameSuffix(text: string, end: number): number {
  const m = NAME_SUFFIX.exec(text.slice(end, end + 6));
  return m ? end + m[0].length : end;
}

/** The start of a name span once leading job-title words (Producer, Senior Engineer) are dropped; -1 if nothing is left. */
export function withoutJobWords(text: string, start: number, end: number): number {
  let s = start;
  while (s < end) {
    const sp = text.indexOf(' ', s);
    if (sp < 0 || sp >= end || !JOB_WORD.test(text.slice(s, sp))) break;
    s = sp + 1;
    while (s < end && text[s] === ' ') s++;
  }
  return s < end && !JOB_WORD.test(text.slice(s, end)) ? s : -1;
}

/** Priority of a candidate kind when two overlap. */
export const EN_PRIORITY: Record<string, number> = { title: 3, addressed: 3, model: 2, 'capitalised-pair': 1, 'lexicon-single': 0 };

/**
 * Mid-sentence runs of two or three capitalised words (Homero Portillo, Faina D. Yefremova) that are not
 * common words and not followed by a place or organisation word, and a title followed by a capitalised
 * name (Dr. Mary Johnson → Mary Johnson).
 */
export function capitalisedRuns(text: string, tokens: readonly Token[], lex: EnNameLexicon): Candidate[] {
  const out: Candidate[] = [];
  // An all-capitals word counts when it is a known family name (ZHANG San, the passport convention).
  const isName = (t: Token | undefined): boolean =>
    t !== undefined &&
    (CAPITALISED.test(t.text) || (/^[A-Z]{2,}$/.test(t.text) && lex.family.has(t.text.toLowerCase()))) &&
    !lex.common.has(t.text.toLowerCase()) &&
    !lex.frequent.has(t.text.toLowerCase()) &&
    !NON_PERSON_WORD.test(t.text);
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const afterTitle = prev !== undefined && TITLE.test(prev.text);
    const sentenceStart = prev === undefined || /^[.!?:;"“>]$/.test(prev.text) || text.slice(prev.end, tokens[i]!.start).includes('\n');
    if (!isName(tokens[i])) continue;
    let j = i + 1;
    while (j < tokens.length && j - i < 4 && (isName(tokens[j]) || (INITIAL.test(tokens[j]!.text) && isName(tokens[j + 1])))) j++;
    const count = j - i;
    const next = tokens[j];
    // A run followed by a number on the same line is a street (Victor Hugo u. 49, Joaquin Suarez 2906).
    const houseNumber = next !== undefined && /^\d/.test(next.text) && !text.slice(tokens[j - 1]!.end, next.start).includes('\n');
    // One capitalised word inside a sentence that the lexicon knows as a name (the Jensen novel, shouted at Todd).
    const lower = tokens[i]!.text.toLowerCase();
    const known = count === 1 && !sentenceStart && !afterTitle && (lex.given.has(lower) || lex.family.has(lower));
    if (known && !houseNumber && !(next && NON_PERSON_NEXT.test(next.text.replace(/\.$/, '')))) {
      const t = tokens[i]!;
      out.push({ value: t.text, start: t.start, end: t.end, pattern: 'lexicon-single', baseScore: 0.5 });
    } else if (
      (count >= 2 || afterTitle) &&
      !houseNumber &&
      !(next && (NON_PERSON_NEXT.test(next.text.replace(/\.$/, '')) || NON_PERSON_WORD.test(next.text))) &&
      !(count >= 2 && PLACE_LAST.test(tokens[j - 1]!.text)) &&
      (!sentenceStart || afterTitle || count >= 2)
    ) {
      const start = tokens[i]!.start;
      const end = tokens[j - 1]!.end;
      out.push({
        value: text.slice(start, end),
        start,
        end,
        pattern: afterTitle ? 'title' : 'capitalised-pair',
        baseScore: afterTitle ? 0.7 : 0.5,
      });
    }
    i = j - 1;
  }
  return out;
}

/** Keeps the higher-priority (then longer) candidate wherever two overlap; linear, with an occupancy array. */
export function mergeEnCandidates(cands: readonly Candidate[], textLength: number): Candidate[] {
  const sorted = [...cands].sort(
    (a, b) => (EN_PRIORITY[b.pattern] ?? 0) - (EN_PRIORITY[a.pattern] ?? 0) || b.end - b.start - (a.end - a.start),
  );
  const taken = new Uint8Array(textLength);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}
