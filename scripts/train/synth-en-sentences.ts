import { FAMILY_NAMES, GIVEN_NAMES, INTL_FAMILY_NAMES, INTL_GIVEN_NAMES, PINYIN_SURNAMES, PINYIN_SYLLABLES } from './lexicons/en-names.js';
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
// Lexicon entries may hold a particle (de jong, van dijk): the particle stays lower case.
const capName = (w: string): string => {
  const parts = w.split(' ');
  return parts.length === 1 ? cap(w) : [...parts.slice(0, -1), cap(parts.at(-1)!)].join(' ');
};
const PARTICLES = ['van', 'van der', 'van den', 'de', 'da', 'di', 'del', 'ten', 'ter', 'von', 'la', 'le', 'dos', 'bin', 'ben'];

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
  const first = rng.chance(0.4) ? made() : capName(rng.pick(given));
  let last = rng.chance(0.4) ? made() : capName(rng.pick(family));
  if (x < 0.35) return first;
  if (x < 0.5) return last;
  const y = rng.next();
  // Double-barrelled surnames (Garcia-Smith, Koski-aho) and particles (ten Pas, van der Berg, da Silva, al-Amin).
  if (y < 0.08) last = `${last}-${rng.chance(0.7) ? capName(rng.pick(family)) : rng.pick(['aho', 'oja', 'maa', 'la', 'nen'])}`;
  else if (y < 0.15) last = `${rng.pick(PARTICLES)} ${last}`;
  // A middle initial with its period, or without one as some languages write it (Jón Á Gunnarsson).
  const z = rng.next();
  const middle = z < 0.15 ? ` ${rng.pick('ABCDEFGHJKLMNPRSTW')}.` : z < 0.2 ? ` ${rng.pick('ABDEFGHJKLMNÁÓÞÉ')}` : '';
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
// A sentence that opens with a common noun before "is", "was" or "has" (Life is short, Water was cold): the same
// shape as "Velinda is kind", so the model must learn the word, not the verb.
const OPENING_THINGS = [
  'Life',
  'Time',
  'Water',
  'Money',
  'Music',
  'Travel',
  'Business',
  'Weather',
  'Traffic',
  'Coffee',
  'Health',
  'Science',
  'History',
  'Nature',
  'Dinner',
  'Service',
  'Quality',
  'Software',
  'Everything',
  'Nothing',
  'Progress',
  'Football',
  'Education',
  'Freedom',
  'Winter',
  'Silence',
];
const THING_PREDICATES = [
  'is short',
  'was cold',
  'has changed a lot',
  'is never easy',
  'was great',
  'has its price',
  'is what matters',
  'was slow today',
  'is a gift',
  'had improved',
];

function thingOpening(rng: Rng): string {
  return `${rng.pick(OPENING_THINGS)} ${rng.pick(THING_PREDICATES)}${rng.pick(['.', ', they say.', ' for everyone.', ' this year.'])}`;
}

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

// More contexts for single names (a given name or a surname alone is how people are named most often in prose,
// lists, chat and scripts), written for the project. {G} is a given name, {F} a surname, {N} any name, {C} a
// company, {S} a street address, {P} a place.
const SINGLE_FRAMES = [
  '{G} is very {ADJ}.',
  '{F} is very {ADJ}, everyone says so.',
  '{G} {PRED}.',
  '{F} {PRED}.',
  'I heard that {G} {PRED}.',
  'Everyone knows {G} {PRED}.',
  'The {F} {WORK} was the best one that year.',
  'We read the {F} {WORK} in school.',
  'The {N} {WORK} sold a million copies.',
  'I like this {WORK} by {F} a lot.',
  '{F} and {F} were {JOB}s at {C}.',
  '{G} and {G} were {JOB}s.',
  '"We are ready," says {F}.',
  '"Not again," said {G}.',
  '"Why?" asked {G} to {G}.',
  "It was {G}'s idea.",
  "{G}'s daughter started school today.",
  "We stayed at {F}'s place.",
  'Everyone calls me {G}.',
  'My friends call me {G}, but my name is {N}.',
  'Nobody knows where {G} went.',
  'I gave the keys to {G}.',
  'Ask {G} about it.',
  'Mr. {F} booked a room for {DAY}.',
  'Mrs. {F} will call you back.',
  'Ms. {F} is in a meeting.',
  'Dr. {F} asked for the test results.',
  'Prof. {F} teaches here.',
  'I spoke with Mr. {F} yesterday.',
  '{N}, {JOB}, said the plan was fine.',
  '{N} joined {C} as a {JOB}.',
  'Meet {N}, our new {JOB}.',
  '{F} began working as a {JOB} in {YEAR}.',
  '{G} started painting at the age of {AGE}.',
  '{G} was {AGE} years old when she moved to {P}.',
  'Thanks to {G} and {G} for the help!',
  'Photo by {N}.',
  'Written by {N} and edited by {N}.',
  'Interview with {N}, {JOB} at {C}.',
  'cc: {N}',
  'Assigned to: {N}',
  'Reported by {N} on {DAY}.',
  '{N} lives at {S}.',
  '{N} gave {G} the address: {S}',
  'Send the parcel to {N}, {S}.',
];
const LIST_OPENERS = ['They had {K}: ', 'The winners were ', 'Invited: ', 'Present: ', 'On the team: ', 'Her children are ', 'Players: '];
const DIALOGUE_LINES = ['"Where were you?"', '"I\'m fine, thanks."', 'Hello there!', '"Come in."', 'What a day.', '"I know."', "Let's go."];
const ADJ = ['kind', 'funny', 'tall', 'busy', 'helpful', 'quiet', 'smart', 'patient', 'honest'];
const PRED = [
  'is from {P}',
  'has been ill for a week',
  'moved to {P} last year',
  'was born in {YEAR}',
  'is my neighbour',
  'works as a {JOB}',
  'studied law',
  'plays the guitar',
  'came home late',
  'will call you tomorrow',
  'is on holiday',
  'left the company',
  'won the prize',
  'never answers the phone',
  'had a baby',
];
const WORK = ['novel', 'book', 'song', 'album', 'version', 'film', 'case', 'report', 'paper', 'play', 'family', 'story'];
const JOBS = ['engineer', 'nurse', 'teacher', 'lawyer', 'designer', 'driver', 'chef', 'manager', 'accountant', 'technician', 'consultant'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
// Companies and streets built from the same words as names, as negatives: a surname in "Hale Analytics" or a given
// name in "Marla Trail" names no person.
const COMPANY_SUFFIXES = [
  'Inc',
  'LLC',
  'Ltd',
  'Group',
  'Research',
  'Analytics',
  'Technologies',
  'Corporation',
  'Agency',
  'Partners',
  'Associates',
  'Labs',
  'Systems',
  'Holdings',
  'Capital',
  'Insights',
  'Media',
  'Logistics',
  'Bank',
  'Foundation',
];
const BRAND_ENDINGS = ['data', 'soft', 'metrics', 'ware', 'tech', 'logic', 'net', 'ify', 'ly', 'corp', 'gen', 'vio', 'tix'];
const STREET_SUFFIXES = [
  'Street',
  'Road',
  'Avenue',
  'Lane',
  'Drive',
  'Court',
  'Trail',
  'Way',
  'Place',
  'Square',
  'Coves',
  'Points',
  'Summit',
  'Crossing',
  'Heights',
  'Hill',
  'Park',
  'Gardens',
  'Terrace',
  'Plaza',
  'Ridge',
  'Mill',
  'Passage',
  'Alley',
  'Close',
];
const COMPANY_FRAMES = [
  'I work for {C}.',
  '{C} is a design agency based in {P}.',
  'Our partners include {C} and {C}.',
  'The contract with {C} ends in {YEAR}.',
  '{C} announced new results.',
  'She left {C} in {YEAR}.',
];
const ADDRESS_FRAMES = [
  'Please send it to {S}.',
  'I now live at {S}.',
  'The office is at the corner of {STREET} and {STREET}.',
  'Ship to: {S}',
  '{S}',
  'Please change my address to {S}.',
  'We moved from {STREET} to {STREET}.',
];
// Chat transcripts label their speakers by role (Bot:, User:, Agent:): the label is no name, the answer may be one.
const ROLE_PAIRS = [
  ['Bot', 'User'],
  ['Agent', 'Customer'],
  ['Assistant', 'User'],
  ['Operator', 'Caller'],
  ['Support', 'Client'],
  ['Q', 'A'],
];
const ROLE_QUESTIONS = [
  'What name is the booking under?',
  'Who is the account holder?',
  'Can I have your name, please?',
  'Who should I send it to?',
  'Whose card is it?',
];
const ROLE_STATEMENTS = [
  'How can I help you today?',
  'I lost my card.',
  'Please update my address.',
  'Thanks, bye.',
  'Is there anything else?',
];
// Lists of capitalised category words (departments, shop categories): no names.
const CATEGORY_WORDS = [
  'Sales',
  'Marketing',
  'Finance',
  'Legal',
  'Operations',
  'Billing',
  'Shipping',
  'Returns',
  'Electronics',
  'Garden',
  'Toys',
  'Books',
  'Music',
  'Sports',
  'Outdoors',
  'Beauty',
  'Health',
];

function categoryList(rng: Rng): string {
  const k = 3 + rng.int(4);
  const words = Array.from({ length: k }, () => rng.pick(CATEGORY_WORDS) + (rng.chance(0.2) ? ` & ${rng.pick(CATEGORY_WORDS)}` : ''));
  return `${words.join(', ')}${rng.chance(0.5) ? `\n${rng.pick(['Author', 'Owner', 'Contact'])}: {N}` : ''}`;
}

function roleDialogue(rng: Rng): string {
  const [a, b] = rng.pick(ROLE_PAIRS);
  return rng.chance(0.5)
    ? `${a}: ${rng.pick(ROLE_QUESTIONS)} ${b}: {N}`
    : `${a}: ${rng.pick(ROLE_STATEMENTS)}\n${b}: ${rng.pick(ROLE_STATEMENTS)}`;
}

const OTHER_NEGATIVES = [
  'She speaks {NAT} and English.',
  'The {NAT} team won the cup.',
  'Capitalised Words Like These Are Not Names.',
  'Order Now And Save Big',
  'The Grand Hotel opened in {YEAR}.',
  'The Blue Lagoon is near {P}.',
  'Summer Sale starts on {DAY}.',
];
const COUNTRIES = [
  'Denmark',
  'Uruguay',
  'Poland',
  'Estonia',
  'Spain',
  'Canada',
  'Australia',
  'Kenya',
  'Chile',
  'Norway',
  'Austria',
  'Ireland',
];
const NATIONALITIES = [
  'Danish',
  'Swedish',
  'Polish',
  'Greek',
  'Italian',
  'Spanish',
  'Thai',
  'Korean',
  'Finnish',
  'Dutch',
  'Czech',
  'Hungarian',
  'Turkish',
];

function companyName(rng: Rng, family: readonly string[]): string {
  const x = rng.next();
  if (x < 0.3) return `${cap(pseudoName(rng).toLowerCase())}${rng.pick(BRAND_ENDINGS)}`;
  if (x < 0.5) return `${capName(rng.pick(family))}, ${capName(rng.pick(family))} and ${capName(rng.pick(family))}`;
  if (x < 0.6) return `${capName(rng.pick(family))}-${capName(rng.pick(family))}`;
  const base = rng.chance(0.5) ? capName(rng.pick(family)) : pseudoName(rng);
  return `${base} ${rng.pick(COMPANY_SUFFIXES)}`;
}

function streetName(rng: Rng, given: readonly string[], family: readonly string[]): string {
  const word = rng.chance(0.5) ? capName(rng.pick(given)) : rng.chance(0.5) ? capName(rng.pick(family)) : pseudoName(rng);
  return `${word} ${rng.pick(STREET_SUFFIXES)}`;
}

function streetAddress(rng: Rng, given: readonly string[], family: readonly string[]): string {
  const house = `${1 + rng.int(9999)} ${streetName(rng, given, family)}`;
  const unit = rng.chance(0.4) ? `${rng.chance(0.5) ? ', ' : '\n'}${rng.pick(['Apt.', 'Suite', 'Unit'])} ${1 + rng.int(999)}` : '';
  // Towns are often named like people (a saint, a founder): the word names a place here.
  const town = rng.chance(0.35) ? capName(rng.pick(given)) : rng.chance(0.5) ? pseudoName(rng) : rng.pick(PLACES);
  const sep = (): string => (rng.chance(0.5) ? '\n' : ', ');
  const country = rng.chance(0.4) ? `${sep()}${rng.pick(COUNTRIES)}` : '';
  const city = `${sep()}${town}${country}${rng.chance(0.5) ? ` ${10000 + rng.int(89999)}` : ''}`;
  return house + unit + city;
}

/** A sentence frame with a single given name or surname, a list, a script, or a negative (company, address). */
function frame(rng: Rng): string {
  const x = rng.next();
  if (x < 0.5) return rng.pick(SINGLE_FRAMES);
  if (x < 0.62) {
    const k = 2 + rng.int(6);
    const names = Array.from({ length: k }, () => (rng.chance(0.7) ? '{G}' : '{F}'));
    return `${rng.pick(LIST_OPENERS).replace('{K}', String(k))}${names.slice(0, -1).join(', ')} and ${names.at(-1)}.`;
  }
  if (x < 0.7) {
    const n = 2 + rng.int(3);
    return Array.from({ length: n }, () => `{G}:${rng.chance(0.5) ? ' ' : ''}${rng.pick(DIALOGUE_LINES)}`).join('\n');
  }
  if (x < 0.8) return rng.pick(COMPANY_FRAMES);
  if (x < 0.9) return rng.pick(ADDRESS_FRAMES);
  if (x < 0.93) return roleDialogue(rng);
  if (x < 0.96) return categoryList(rng);
  return rng.pick(OTHER_NEGATIVES);
}

/** Expands the fillers of a frame that are not names (predicates, jobs, years) into plain text. */
function expandFillers(rng: Rng, t: string): string {
  let out = t;
  for (let i = 0; i < 3 && /\{(?:ADJ|PRED|WORK|JOB|DAY|YEAR|AGE|NAT)\}/.test(out); i++) {
    out = out
      .replace(/\{PRED\}/g, () => rng.pick(PRED))
      .replace(/\{ADJ\}/g, () => rng.pick(ADJ))
      .replace(/\{WORK\}/g, () => rng.pick(WORK))
      .replace(/\{JOB\}/g, () => rng.pick(JOBS))
      .replace(/\{DAY\}/g, () => rng.pick(DAYS))
      .replace(/\{YEAR\}/g, () => String(1950 + rng.int(75)))
      .replace(/\{AGE\}/g, () => String(14 + rng.int(80)))
      .replace(/\{NAT\}/g, () => rng.pick(NATIONALITIES));
  }
  return out;
}

/** `count` generated English sentences with their name spans. */
export function generateEnSentences(rng: Rng, count: number, given: readonly string[], family: readonly string[]): TaggedText[] {
  const seedGiven = [...GIVEN_NAMES.split('|'), ...INTL_GIVEN_NAMES.split('|').filter(Boolean), ...given];
  const seedFamily = [...FAMILY_NAMES.split('|'), ...INTL_FAMILY_NAMES.split('|').filter(Boolean), ...family];
  const made = (): string => (rng.chance(0.5) ? euroName(rng) : pseudoName(rng));
  const out: TaggedText[] = [];
  while (out.length < count) {
    const x = rng.next();
    const raw =
      x < 0.12
        ? rng.pick(NEGATIVE)
        : x < 0.16
          ? rng.chance(0.5)
            ? adjectiveOpening(rng)
            : thingOpening(rng)
          : x < 0.35
            ? composed(rng)
            : x < 0.55
              ? rng.pick(TEMPLATES)
              : frame(rng);
    const template = expandFillers(rng, raw);
    const pieces: Array<string | { name: string }> = [];
    for (const part of template.split(/(\{[NPOGFCS]\}|\{STREET\})/)) {
      if (part === '{N}') pieces.push({ name: generateEnName(rng, seedGiven, seedFamily) });
      else if (part === '{G}') pieces.push({ name: rng.chance(0.35) ? made() : capName(rng.pick(seedGiven)) });
      else if (part === '{F}') pieces.push({ name: rng.chance(0.4) ? made() : capName(rng.pick(seedFamily)) });
      else if (part === '{P}') pieces.push(rng.pick(PLACES));
      else if (part === '{O}') pieces.push(rng.pick(ORGS));
      else if (part === '{C}') pieces.push(companyName(rng, seedFamily));
      else if (part === '{S}') pieces.push(streetAddress(rng, seedGiven, seedFamily));
      else if (part === '{STREET}') pieces.push(streetName(rng, seedGiven, seedFamily));
      else pieces.push(part);
    }
    const t = assemble(pieces);
    // Some texts are typed without capitals (chat, forms, tweets): the same sentence in lower case, names included.
    const lower = rng.chance(0.1) ? t.text.toLowerCase() : t.text;
    out.push(lower.length === t.text.length ? { text: lower, names: t.names } : t);
  }
  return out;
}
