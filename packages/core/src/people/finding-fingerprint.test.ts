import { describe, expect, it } from 'vitest';
import type { Finding } from '../finding.js';
import { generateLuhn, generateRic18 } from '../testing/generate-identifiers.js';
import { bankCard, findingOf, maskedRic, mobile, personName, ric } from './finding-fixture.js';
import { findingFingerprint } from './finding-fingerprint.js';
import { createHmacFingerprinter } from './hmac-fingerprinter.js';
import { createPeopleCounter } from './people-counter.js';

const key = new Uint8Array(32).map((_, i) => i * 5 + 3);
const now = new Date('2026-01-15T00:00:00Z');
const fingerprint = createHmacFingerprinter(key);
const counter = () => createPeopleCounter({ fingerprint, now });

// Records that exercise every way a record changes a finding's link value: a masked ID number that the
// checksum completes, two masked copies that reconstruct each other, a card the Luhn digit completes, tokens.
function records(): Finding[][] {
  const id = generateRic18('110105', '19490131', '017');
  const other = generateRic18('310101', '19900705', '023');
  const card = generateLuhn('622202', 16);
  const token = `${'B'.repeat(31)}7`;
  return [
    [personName('张三', 0), ric(other, 4), mobile('13800001111', 30)],
    [personName('张三', 0), maskedRic(`${id.slice(0, 10)}******`, 4)],
    [personName('张三', 0), maskedRic(`**********${id.slice(12)}`, 4)],
    [maskedRic(`${other.slice(0, 16)}*${other[17]}`, 0, 'exposed')],
    [findingOf({ piType: 'SPI.FIN.CARD', entity: 'BANK_CARD', value: `${card.slice(0, 9)}*${card.slice(10)}`, state: 'exposed' })],
    [bankCard(card, 0), mobile('13800001111', 30)],
    [findingOf({ piType: 'PI.BASIC.PHONE', entity: 'CN_MOBILE', value: token, state: 'tokenized' })],
    [findingOf({ piType: 'PI.BASIC.PHONE', entity: 'CN_MOBILE', value: token.toLowerCase(), state: 'tokenized' }), ric(id, 40)],
  ];
}

describe('findingFingerprint and RecordInput.fingerprints', () => {
  it('gives the counter the same fingerprints and summary as computing them itself', () => {
    const plain = counter();
    const given = counter();
    const a = records();
    const b = records();
    for (let r = 0; r < a.length; r++) {
      plain.addRecord({ source: 's', findings: a[r] as Finding[] });
      const list = b[r] as Finding[];
      given.addRecord({ source: 's', findings: list, fingerprints: list.map((f) => findingFingerprint(f, fingerprint)) });
    }
    expect(b).toEqual(a);
    const summary = given.summary();
    expect(summary).toEqual(plain.summary());
    expect(summary.reconstructed).toBe(1);
  });

  it('takes a given fingerprint for a finding linked by its own value, and not where the record recovers another', () => {
    const card = generateLuhn('622202', 16);
    const masked = findingOf({
      piType: 'SPI.FIN.CARD',
      entity: 'BANK_CARD',
      value: `${card.slice(0, 9)}*${card.slice(10)}`,
      state: 'exposed',
    });
    const phone = mobile('13900002222', 30);
    counter().addRecord({ source: 's', findings: [masked, phone], fingerprints: ['given-card', 'given-phone'] });
    expect(phone.fingerprint).toBe('given-phone');
    expect(masked.fingerprint).toBe(fingerprint('BANK_CARD', card));
  });
});
