import { describe, expect, it } from 'vitest';
import { scanEnText } from './en-name-lines.js';
import { buildEnNameLexicon } from './en-token-features.js';
import { firmSpans, inAddressLine, withNameSuffix, withoutJobWords } from './en-name-rules.js';

// A small lexicon built in the test, so that the rules are checked apart from the shipped word lists.
const lex = buildEnNameLexicon({
  givenNames: 'anna|peter|mary|velinda',
  familyNames: 'berg|lund|moraske|kovar|zhang',
  commonWords: 'the|a|is|hello|hi|dear|we|it|my|name',
  frequentWords: 'star|channel',
});

const at = (text: string, word: string): [number, number] => {
  const i = text.indexOf(word);
  return [i, i + word.length];
};

describe('English name rules', () => {
  it('drops leading job titles and keeps generational suffixes and credentials', () => {
    const t = 'We thank Senior Producer Anna Berg Jr. for it.';
    const [s, e] = at(t, 'Senior Producer Anna Berg');
    expect(t.slice(withoutJobWords(t, s, e), withNameSuffix(t, e))).toBe('Anna Berg Jr.');
    expect(withoutJobWords('Producer', 0, 8)).toBe(-1);
    const u = 'Anna Berg MD, Anna Berg Mdx';
    expect(u.slice(0, withNameSuffix(u, 9))).toBe('Anna Berg MD');
    expect(withNameSuffix(u, 23)).toBe(23);
  });

  it('reads a town after a unit number, before a postcode, and alone under an address line as an address', () => {
    const a = 'Send it to Apt. 4, Velinda, Denmark 56905.';
    expect(inAddressLine(a, ...at(a, 'Velinda'))).toBe(true);
    const b = '12 Main Street\nApt. 4\nVelinda\nDenmark';
    expect(inAddressLine(b, ...at(b, 'Velinda'))).toBe(true);
    // The name line of a letter comes before the address: not an address part.
    const c = 'Velinda Moraske\n12 Main Street\nOslo';
    expect(inAddressLine(c, ...at(c, 'Velinda Moraske'))).toBe(false);
    const d = 'I met Velinda at the station yesterday.';
    expect(inAddressLine(d, ...at(d, 'Velinda'))).toBe(false);
  });

  it('looks only near the candidate on a huge line', () => {
    const line = `${'x '.repeat(50_000)}Velinda Moraske`;
    expect(inAddressLine(line, ...at(line, 'Velinda'))).toBe(false);
  });

  it('reads "A, B and C" of surnames as a firm, but not at the end of a longer list of people', () => {
    const firm = 'Our lawyers are Moraske, Kovar and Lund.';
    expect(firmSpans(firm, lex).map((f) => firm.slice(f.start, f.end))).toEqual(['Moraske, Kovar and Lund']);
    expect(firmSpans('They came: Peter, Moraske, Kovar and Lund.', lex)).toEqual([]);
    expect(firmSpans('Anna, Moraske, Kovar and Lund came.', lex)).toEqual([]);
    const inc = 'including Berg of Acme Inc., Moraske, Kovar and Lund';
    expect(firmSpans(inc, lex).map((f) => inc.slice(f.start, f.end))).toEqual(['Moraske, Kovar and Lund']);
  });
});

describe('English candidate lines', () => {
  it('takes a line for a capitalised word inside a sentence, not for a sentence-initial common word', () => {
    const { lines } = scanEnText('The plan is fine.\nWe met Velinda today.\nit is late', lex);
    expect(lines.map((l) => l.line)).toEqual(['We met Velinda today.']);
    expect(lines[0]!.lineStart).toBe(18);
    expect(lines[0]!.caseless).toBe(false);
  });

  it('notices a greeting anywhere, also after the word that made the line promising', () => {
    expect(scanEnText('We met Velinda. Hello again', lex).greeting).toBe(true);
    expect(scanEnText('We met Velinda today.', lex).greeting).toBe(false);
  });

  it('reads a text without capitals as caseless and takes only lines with a known name or a cue word', () => {
    const { lines } = scanEnText('the plan is fine\nwe met velinda today\nmy name is moraske', lex);
    expect(lines.map((l) => l.line)).toEqual(['we met velinda today', 'my name is moraske']);
    expect(lines.every((l) => l.caseless)).toBe(true);
  });

  it('does not take a line for an all-capitals word unless it is a known family name', () => {
    expect(scanEnText('2026-01-01 WARN GET /api', lex).lines).toEqual([]);
    expect(scanEnText('Passenger ZHANG San', lex).lines.length).toBe(1);
  });
});
