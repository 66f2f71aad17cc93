import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { enStreetAddress } from './en-street-address.js';

describe('en-street-address', () => {
  for (const t of recognizerTests(enStreetAddress, {
    valid: [
      {
        name: 'US address with unit, city, state and ZIP',
        text: 'Ship to 1600 Pennsylvania Avenue NW Apt. 12, Washington, DC 20500 please',
        expect: [{ value: '1600 Pennsylvania Avenue NW Apt. 12, Washington, DC 20500', validation: 'valid', minScore: 0.9 }],
      },
      {
        name: 'number, street, suffix, city, state, ZIP',
        text: 'He lives at 742 Evergreen Terrace, Springfield, OR 97403.',
        expect: [{ value: '742 Evergreen Terrace, Springfield, OR 97403', minScore: 0.85 }],
      },
      {
        name: 'street with an abbreviated suffix and a suite',
        text: 'Office: 55 Main St. Suite 300',
        expect: [{ value: '55 Main St. Suite 300', attributes: { depth: 11, depthLevel: 'room', precise: true } }],
      },
      { name: 'military mail', text: 'PSC 1234, Box 5678 APO AE 09012', expect: [{ entity: 'STREET_ADDRESS', minScore: 0.85 }] },
      {
        name: 'continental number-after form',
        text: 'The bus station is on Villacher Strasse 89',
        expect: [{ value: 'Villacher Strasse 89' }],
      },
      { name: 'Portuguese head word', text: 'mora na Rua do Arenque 1634, Goiânia', expect: [{ value: 'Rua do Arenque 1634' }] },
    ],
    invalid: [
      { name: 'a state code without a valid street before it', text: 'Call 555 Sales, NY 10001 now' },
      { name: 'a number before a capitalised noun that is no street', text: 'We sold 300 Apple Watches last year' },
      { name: 'a street word without a number', text: 'Main Street is busy today' },
      { name: 'policy text', text: 'We collect your address, including street, city and ZIP code.' },
    ],
  })) {
    it(t.name, t.run);
  }
});
