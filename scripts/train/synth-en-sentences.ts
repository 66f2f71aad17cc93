import { FAMILY_NAMES, GIVEN_NAMES, PINYIN_SURNAMES, PINYIN_SYLLABLES } from './lexicons/en-names.js';
import type { Rng } from './random.js';
import { assemble, type TaggedText } from './tagged-text.js';

// English templates written for the project: forms, letters, chat, news and support tickets. `{N}` is a
// name, `{P}` a place, `{O}` an organisation.
const TEMPLATES = [
  'My name is {N}.',
  'Hi, I am {N} and I need help with my account.',
  'Dear {N},',
  'Patient: {N}',
  'Name: {N}',
  'Applicant name: {N}',
  'Please contact {N} at the front desk.',
  '{N} called yesterday about the invoice.',
  'Signed, {N}',
  'Regards, {N}',
  'From: {N}',
  'According to {N}, the project is on schedule.',
  '{N} and {N} met in {P} last week.',
  'Mr. {N} will join us tomorrow.',
  'Dr. {N} is on call tonight.',
  'Mrs. {N} lives in {P}.',
  'Ms. {N} works for {O}.',
  'The report was written by {N} of {O}.',
  '{N}, the CEO of {O}, said the results were strong.',
  'I talked to {N} about the trip to {P}.',
  'Can you send this to {N}?',
  'Recipient: {N}, {P}',
  'Cardholder {N}',
  'Emergency contact: {N}',
  '{N} was born in {P} in 1980.',
  'Thanks {N} for the quick reply!',
  '{N} ({N}) shared a photo from {P}.',
  'Please ask {N} or {N} for access.',
  "{N}'s flight to {P} was delayed.",
  'Contact person {N}',
  'The meeting with {N} is at 3 pm.',
  'Prof. {N} gave a talk at {O}.',
  'Guardian: {N}',
  'Passenger {N}, seat 12A',
];
const NEGATIVE = [
  'The meeting is on Monday at the Main Street office.',
  'Please visit our website for more information.',
  '{O} announced its quarterly results today.',
  'We will travel to {P} in August.',
  'Thank You For Your Order',
  'What is the limit for my card?',
  'The United States Postal Service delivered the package.',
  'Happy New Year from all of us!',
  'The {P} City Council approved the plan.',
  'Click Here To Reset Your Password',
  'Welcome to {O}.',
  'I love New York in December.',
];
// Pieces for composed sentences: a name as subject of a common verb, or after a preposition or a verb.
const VERBS = [
  'said',
  'says',
  'explained',
  'wrote',
  'told us',
  'asked',
  'replied',
  'shouted',
  'lives in Boston',
  'works here',
  'is coming',
  'was late',
  'has left',
  'agreed',
  'called',
  'sent the file',
  'signed the form',
  'paid the bill',
  'moved to Ohio',
  'won the game',
  'is very kind',
  'was born in 1990',
  'started a new job',
  'waved at us',
  'has two kids',
  'will be late',
  'thinks so too',
  'knows the answer',
];
const BEFORE = [
  'by',
  'with',
  'to',
  'from',
  'for',
  'at',
  'called',
  'named',
  'says',
  'met',
  'thanked',
  'emailed',
  'visited',
  'like',
  'and',
  'than',
  'about',
  'of',
];
const OPENERS = ['', '', 'Yesterday ', 'Then ', 'Later, ', 'In 2019 ', 'Well, ', 'Honestly ', 'The book ', 'This song '];
const PLACES = [
  'Boston',
  'Chicago',
  'Texas',
  'London',
  'Paris',
  'Berlin',
  'Beijing',
  'Shanghai',
  'Toronto',
  'Sydney',
  'Madrid',
  'Tokyo',
  'Seattle',
  'Ohio',
];
const ORGS = [
  'Acme Corp',
  'Globex',
  'Initech',
  'the City Hospital',
  'Northwind Bank',
  'Contoso Ltd',
  'Blue Sky Airlines',
  'the University of Chicago',
];
const CONSONANTS = 'bcdfghjklmnprstvzk';
const VOWELS = 'aeiou';

const cap = (w: string): string => w[0]!.toUpperCase() + w.slice(1);

/** A made-up word shaped like a name (Koskaro, Velinda), so that the model does not rely on the lexicon. */
function pseudoName(rng: Rng): string {
  let w = '';
  for (let i = 0, n = 2 + rng.int(2); i < n; i++) w += rng.pick(CONSONANTS) + rng.pick(VOWELS);
  return cap(rng.chance(0.4) ? w + rng.pick('nrsl') : w);
}

// Endings and letters of European names with diacritics (Nordic, Czech, Hungarian, Slavic), for made-up names
// such as Novotná or Sigurðsdóttir: the lexicon cannot list them all, the word shape must carry them.
const EURO_ENDINGS = ['ová', 'ná', 'sson', 'sen', 'dóttir', 'ić', 'ović', 'ov', 'ova', 'ski', 'ska', 'nen', 'lä', 'ő', 'escu', 'ini'];
const EURO_LETTERS = ['á', 'é', 'í', 'ó', 'ú', 'ø', 'å', 'ä', 'ö', 'ü', 'č', 'š', 'ž', 'ř', 'ð', 'ł'];

/** A made-up European name with a diacritic letter or a typical ending (Kovářová, Lindqvist, Järvelä). */
function euroName(rng: Rng): string {
  let w = pseudoName(rng);
  if (rng.chance(0.5)) {
    const i = 1 + rng.int(w.length - 1);
    w = w.slice(0, i) + rng.pick(EURO_LETTERS) + w.slice(i + 1);
  }
  return rng.chance(0.6) ? w + rng.pick(EURO_ENDINGS) : w;
}

/** A random person name: Western (given, optional initial, family), made-up, or pinyin (ZHANG San, Wang Xiaoming). */
export function generateEnName(rng: Rng, given: readonly string[], family: readonly string[]): string {
  const x = rng.next();
  if (x < 0.2) {
    const sur = rng.pick(PINYIN_SURNAMES.split('|'));
    const syl = PINYIN_SYLLABLES.split('|');
    const g = cap(rng.pick(syl) + (rng.chance(0.6) ? rng.pick(syl) : ''));
    const s = rng.chance(0.4) ? sur.toUpperCase() : cap(sur);
    return rng.chance(0.6) ? `${s} ${g}` : `${g} ${s}`;
  }
  const made = (): string => (rng.chance(0.4) ? euroName(rng) : pseudoName(rng));
  const first = rng.chance(0.4) ? made() : cap(rng.pick(given));
  const last = rng.chance(0.4) ? made() : cap(rng.pick(family));
  if (x < 0.35) return first;
  if (x < 0.5) return last;
  const middle = rng.chance(0.15) ? ` ${rng.pick('ABCDEFGHJKLMNPRSTW')}.` : '';
  return `${first}${middle} ${last}`;
}

// A single name after a relation or in a chat answer (my son Tom, "Name? Novák"): people are often named by one word.
const RELATIONS = [
  'my son',
  'my daughter',
  'my nephew',
  'my wife',
  'my husband',
  'our neighbour',
  'my friend',
  'her brother',
  'his sister',
  'my boss',
  'the child',
  'my colleague',
];
const ANSWERS = [
  "What's your name? ",
  'Name? ',
  'Surname: ',
  'User: ',
  'Customer: ',
  'Agent: Who am I speaking with? Caller: ',
  'First name: ',
  'Last name: ',
];

// Sentence-initial adjectives and adverbs, as résumés and adverts open (Energetic and driven…, Friendly staff…):
// a capitalised first word that is no name.
const OPENING_ADJECTIVES = [
  'Energetic',
  'Experienced',
  'Motivated',
  'Creative',
  'Reliable',
  'Friendly',
  'Dynamic',
  'Passionate',
  'Detail-oriented',
  'Professional',
  'Innovative',
  'Dedicated',
  'Honestly',
  'Generally',
  'Luckily',
  'Sadly',
  'Fresh',
  'Bright',
  'Classic',
  'Elegant',
];
const OPENING_NOUNS = ['salesperson', 'engineer', 'nurse', 'team player', 'designer', 'staff', 'apartment', 'coffee', 'manager', 'teacher'];

/** A sentence that opens with an adjective or adverb: the capitalised first word is no name. */
function adjectiveOpening(rng: Rng): string {
  return `${rng.pick(OPENING_ADJECTIVES)} and ${rng.pick(['driven', 'friendly', 'careful', 'quick', 'modern'])} ${rng.pick(OPENING_NOUNS)} with ${1 + rng.int(20)} years of experience.`;
}

/** A composed sentence: a name as a subject, after a preposition or a relation, as an answer, or in a list. */
function composed(rng: Rng): string {
  const x = rng.next();
  if (x < 0.15) return `${rng.pick(OPENERS)}{N} ${rng.pick(VERBS)}.`;
  // The name opens the sentence: only the verb after it tells a name from any capitalised first word.
  if (x < 0.3) return `{N} ${rng.pick(VERBS)}${rng.pick(['.', ' yesterday.', ' again.', ', and then left.', ' at {N}.'])}`;
  if (x < 0.55) return `${rng.pick(OPENERS)}It was ${rng.pick(BEFORE)} {N}, ${rng.pick(['right?', 'I think.', 'as usual.', 'again.'])}`;
  if (x < 0.68) return `I need to talk about ${rng.pick(RELATIONS)} {N}${rng.pick(['.', ' today.', ', who is ill.', "'s school."])}`;
  if (x < 0.78) return `${rng.pick(ANSWERS)}{N}`;
  if (x < 0.86) return `{N} and {N} ${rng.pick(['are friends.', 'wrote the song.', 'left early.', 'signed it.'])}`;
  if (x < 0.92)
    return `${rng.pick(['I read the', 'We discussed the', 'After the'])} {N} ${rng.pick(['book', 'album', 'paper', 'interview'])}, ${rng.pick(['I changed my mind.', 'nothing was the same.'])}`;
  return `They had ${2 + rng.int(3)}: {N}, {N} and {N}.`;
}

/** `count` generated English sentences with their name spans. */
export function generateEnSentences(rng: Rng, count: number, given: readonly string[], family: readonly string[]): TaggedText[] {
  const seedGiven = [...GIVEN_NAMES.split('|'), ...given];
  const seedFamily = [...FAMILY_NAMES.split('|'), ...family];
  return Array.from({ length: count }, () => {
    const x = rng.next();
    const template = x < 0.17 ? rng.pick(NEGATIVE) : x < 0.2 ? adjectiveOpening(rng) : x < 0.5 ? composed(rng) : rng.pick(TEMPLATES);
    const pieces: Array<string | { name: string }> = [];
    for (const part of template.split(/(\{[NPO]\})/)) {
      if (part === '{N}') pieces.push({ name: generateEnName(rng, seedGiven, seedFamily) });
      else if (part === '{P}') pieces.push(rng.pick(PLACES));
      else if (part === '{O}') pieces.push(rng.pick(ORGS));
      else pieces.push(part);
    }
    return assemble(pieces);
  });
}
