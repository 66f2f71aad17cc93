import { describe, expect, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { enPersonName } from './en-person-name.js';

// Placeholder names (John Smith, ZHANG San) and made-up ones; no real person's record.
describe('en-person-name', () => {
  for (const t of recognizerTests(enPersonName, {
    valid: [
      {
        name: 'a bare made-up surname cell under a name column',
        text: 'Moraske',
        context: 'customer_name',
        expect: [{ value: 'Moraske', minScore: 0.6 }],
      },
      {
        name: 'self-introduction',
        text: 'My name is John Smith.',
        expect: [{ value: 'John Smith', start: 11, end: 21, entity: 'PERSON', piType: 'PI.BASIC.NAME' }],
      },
      { name: 'a title is context, not part of the name', text: 'Dr. Mary Johnson will see you now.', expect: [{ value: 'Mary Johnson' }] },
      { name: 'pinyin with an upper-case surname', text: 'Passenger ZHANG San, seat 12A', expect: [{ value: 'ZHANG San' }] },
      {
        name: 'pinyin given name in one word',
        text: 'The form was signed by Zhang Sanfeng yesterday.',
        expect: [{ value: 'Zhang Sanfeng' }],
      },
      {
        name: 'a made-up name mid-sentence with an initial',
        text: 'The letter came from Velinda K. Moraske last week.',
        expect: [{ value: 'Velinda K. Moraske' }],
      },
      { name: 'a form label gives context', text: 'Name: Tomas Kovar', expect: [{ value: 'Tomas Kovar', minScore: 0.9 }] },
      {
        name: 'two names in one sentence',
        text: 'Anna Berg and Peter Lund met in Oslo.',
        expect: [{ value: 'Anna Berg' }, { value: 'Peter Lund' }],
      },
      {
        name: 'an unknown name opening the sentence, before a verb people do',
        text: 'Velindor shouted at the driver.',
        expect: [{ value: 'Velindor' }],
      },
      { name: 'a greeting names the person addressed', text: 'Hi Velinda, I am writing about your order.', expect: [{ value: 'Velinda' }] },
      { name: 'the answer to a name question', text: "What's your last name? Moraske", expect: [{ value: 'Moraske' }] },
      {
        name: 'a year in prose is no house number',
        text: 'It is a 2017 comedy directed by Velinda Moraske and starring her.',
        expect: [{ value: 'Velinda Moraske' }],
      },
      {
        name: 'a list of given names after a colon is people, not a firm',
        text: 'They had three: Anna, Peter and Mary.',
        expect: [{ value: 'Anna' }, { value: 'Peter' }, { value: 'Mary' }],
      },
      {
        name: 'the answer to a question about the name on an account, after a chat role label',
        text: 'Agent: Which name is on the card? Caller: Velinda Moraske',
        expect: [{ value: 'Velinda Moraske' }],
      },
      {
        name: 'the last three of a longer list of given names are no firm',
        text: 'They had 5: Anna, Peter, Mary, James and John.',
        expect: [{ value: 'Anna' }, { value: 'Peter' }, { value: 'Mary' }, { value: 'James' }, { value: 'John' }],
      },
      {
        name: 'a name after "the" that is no plural',
        text: 'The Velinda Moraske interview aired in 1977.',
        expect: [{ value: 'Velinda Moraske' }],
      },
      {
        name: 'a lower-case name in a caseless text, after "call me"',
        text: 'sometimes people call me velinda',
        expect: [{ value: 'velinda' }],
      },
    ],
    invalid: [
      { name: 'a firm named with a company word', text: 'She works for Moraske Analytics in Oslo.' },
      { name: 'a street named after a person, by its last word', text: 'Meet me at the corner of 5th Avenue and Marla Trail.' },
      { name: 'lower-case column headings after "name"', text: 'name, birthday, sex, ethnicity, nationality' },
      { name: 'a chat role label', text: 'Bot: How can I help you today?' },
      { name: 'a lower-case cell that is one known name and a word', text: 'mark', context: 'grade' },
      { name: 'a lower-case cell of a name word and a noun', text: 'rose garden', context: 'notes' },
      { name: 'a lower-case e-mail address cell', text: 'velinda.moraske@mail.example', context: 'email' },
      { name: 'capitalised abstract nouns in a list', text: 'Our themes: Hospitality, Education, Tourism and Partnership.' },
      { name: 'a town named like a person, after the unit number', text: 'Send it to 12 Main Street, Apt. 4, Velinda, Denmark 56905.' },
      { name: 'a town named like a person, on the line under the unit', text: '12 Main Street\nApt. 4\nVelinda\nDenmark' },
      { name: 'a street named like a person, with a house number', text: 'Ship it to Victor Hugo 49, Paris.' },
      { name: 'an organisation', text: 'She works at Rapid Cycle Solutions downtown.' },
      { name: 'sentence-start capitals', text: 'The meeting is on Monday.' },
      { name: 'title case headline', text: 'Click Here To Reset Your Password' },
      { name: 'a bare capitalised cell without a name column', text: 'Moraskevo' },
      { name: 'lower-case prose', text: 'names and addresses are personal information' },
      { name: 'a country', text: 'I am glad to hear that the Czech Republic is moving on.' },
      { name: 'a place named with a street word', text: 'Deliver it to 12 Gordon Terrace, near Cockle Bay.' },
      { name: 'a single country name', text: 'I am glad to hear that Norway is moving on.' },
      { name: 'a firm named after three surnames', text: 'Our lawyers are Moraske, Kovar and Lund, on the second floor.' },
      { name: 'a family business', text: 'The parcel came from Kovar and Sons yesterday.' },
      { name: 'a capitalised first word before a verb is not always a name', text: 'Python is a language.' },
      { name: 'a form of address after a greeting', text: 'Dear Sir, thank you for your letter.' },
      { name: 'a street named after a person, after the house number', text: 'Send it to 12 rue des Lilas Moraske, Paris.' },
      { name: 'an address line that opens with the house number', text: '770 26 Velinda Moraske Boulevard\nApt. 12' },
      { name: 'a band after "the"', text: 'I grew up listening to the White Stripes every day.' },
    ],
  })) {
    it(t.name, t.run);
  }
});

describe('en-person-name on hostile input', () => {
  it('a huge line of capitalised words stays in bounds', () => {
    const text = 'Anna Berg met Peter Lund. '.repeat(8_000);
    const found = enPersonName.find!(text);
    expect(found.length).toBeGreaterThan(0);
    for (const c of found) expect(c.end).toBeLessThanOrEqual(text.length);
  });
});
