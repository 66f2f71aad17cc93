import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMaskedRic } from '../masking/masked-ric-pattern.js';
import { ricResidual } from '../masking/ric-residual.js';
import { generateLuhn, generateRic18 } from '../testing/generate-identifiers.js';
import { bankCard, findingOf, maskedRic, mobile, personName, ric } from './finding-fixture.js';
import { createHmacFingerprinter } from './hmac-fingerprinter.js';
import { createPeopleCounter } from './people-counter.js';
import type { RecordInput } from './people-summary.js';

const key = new Uint8Array(32).map((_, i) => i * 7 + 1);
const now = new Date('2026-01-15T00:00:00Z');
const counter = () => createPeopleCounter({ fingerprint: createHmacFingerprinter(key), now });
const rec = (...findings: ReturnType<typeof ric>[]): RecordInput => ({ source: 'test.csv', findings });
const adult = (i: number): string => generateRic18('110105', '19800101', String(i).padStart(3, '0'));
const phone = (i: number): string => `138${String(i).padStart(8, '0')}`;

describe('createPeopleCounter: linking', () => {
  it('links an 18-digit number and its 15-digit form to one person', () => {
    const c = counter();
    const id18 = generateRic18('110105', '19491231', '002');
    c.addRecord(rec(ric(id18)));
    c.addRecord(rec(ric(id18.slice(0, 6) + id18.slice(8, 17))));
    expect(c.summary().people.distinct).toBe(1);
  });

  it('links through name + mobile and through the mobile alone', () => {
    const c = counter();
    c.addRecord(rec(personName('张三', 0), ric(adult(1), 5), mobile(phone(1), 30)));
    c.addRecord(rec(personName('张三', 0), mobile(`+86 ${phone(1)}`, 5)));
    c.addRecord(rec(mobile(phone(1))));
    c.addRecord(rec(personName('李四', 0), mobile(phone(2), 5)));
    const s = c.summary();
    expect(s.people.distinct).toBe(2);
    expect(s.records).toBe(4);
  });

  it('never merges two resident ID numbers, even through a shared phone', () => {
    const c = counter();
    c.addRecord(rec(ric(adult(1)), mobile(phone(9), 20)));
    c.addRecord(rec(ric(adult(3)), mobile(phone(9), 20)));
    c.addRecord(rec(mobile(phone(9))));
    expect(c.summary().people.distinct).toBe(2);
  });

  it('counts several people in one record by their ID numbers', () => {
    const c = counter();
    c.addRecord(rec(personName('张三', 0), ric(adult(1), 4), personName('李四', 40), ric(adult(3), 44), mobile(phone(3), 64)));
    c.addRecord(rec(mobile(phone(3))));
    expect(c.summary().people.distinct).toBe(2);
  });

  it('does not link masked ID numbers: each record is its own person', () => {
    const c = counter();
    c.addRecord(rec(maskedRic('110105********002X')));
    c.addRecord(rec(maskedRic('110105********002X')));
    const s = c.summary();
    expect(s.people.distinct).toBe(2);
    expect(s.byType.find((t) => t.piType === 'PI.ID.RIC')?.masked).toBe(2);
    expect(s.duplicateRecords).toBe(0);
  });

  it('links a masked ID number that the checksum recovers (one candidate)', () => {
    const c = counter();
    const id = generateRic18('110105', '19491231', '002');
    c.addRecord(rec(ric(id)));
    c.addRecord(rec(maskedRic(`${id.slice(0, 16)}*${id[17]}`, 0, 'exposed')));
    expect(c.summary().people.distinct).toBe(1);
  });

  it('links equal tokens (unsalted hashes) without letting them anchor a person', () => {
    const c = counter();
    const token = 'a'.repeat(31) + '1';
    const hashed = (start = 0) => findingOf({ piType: 'PI.BASIC.PHONE', entity: 'CN_MOBILE', value: token, state: 'tokenized', start });
    c.addRecord(rec(hashed()));
    c.addRecord(rec(hashed(), ric(adult(7), 40)));
    c.addRecord(rec(hashed(), ric(adult(9), 40)));
    const s = c.summary();
    // The token joins the first record to one ID holder; the other ID holder stays a person of their own.
    expect(s.people.distinct).toBe(2);
    expect(s.byType.find((t) => t.piType === 'PI.BASIC.PHONE')?.tokenized).toBe(3);
  });

  it('links e-mail addresses with underscores, and a card that the Luhn digit recovers', () => {
    const c = counter();
    const card = generateLuhn('622202', 16);
    const mail = (start = 0) => findingOf({ piType: 'PI.BASIC.EMAIL', entity: 'EMAIL', value: 'zhang_san@example.com', start });
    c.addRecord(rec(mail(), bankCard(card, 40)));
    c.addRecord(rec(mail()));
    c.addRecord(
      rec(findingOf({ piType: 'SPI.FIN.CARD', entity: 'BANK_CARD', value: `${card.slice(0, 9)}*${card.slice(10)}`, state: 'exposed' })),
    );
    expect(c.summary().people.distinct).toBe(1);
  });

  it('links records that hold only names by the name, and never a name beside a masked ID', () => {
    const c = counter();
    c.addRecord(rec(personName('张三', 0)));
    c.addRecord(rec(personName('张三', 5), personName('李四', 20)));
    c.addRecord(rec(personName('张三', 0), maskedRic('110105********002X', 5)));
    c.addRecord(rec(personName('张三', 0), maskedRic('110105********002X', 5)));
    // 张三 and 李四 from the prose, and two masked rows that nothing proves to be one person.
    expect(c.summary().people.distinct).toBe(4);
  });

  it('a record without identifying PI is nobody', () => {
    const c = counter();
    c.addRecord(rec(findingOf({ piType: 'PI.NET.IP', entity: 'IP_ADDRESS', value: '10.0.0.1' })));
    c.addRecord({ source: 'x', findings: [] });
    const s = c.summary();
    expect(s.people.distinct).toBe(0);
    expect(s.records).toBe(2);
    expect(s.recordsWithPi).toBe(1);
  });

  it('sets fingerprints and keeps no raw value in them', () => {
    const c = counter();
    const f = ric(adult(1));
    c.addRecord(rec(f));
    expect(f.fingerprint).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(JSON.stringify(c.summary())).not.toContain(adult(1));
  });
});

describe('createPeopleCounter: promotion, minors, scale', () => {
  it('promotes every finding of a record holding a bank card', () => {
    const c = counter();
    const name = personName('王五', 0);
    const id = ric(adult(5), 5);
    c.addRecord(rec(name, id, bankCard(generateLuhn('622202', 19), 30)));
    expect(name.class).toBe('sensitive');
    expect(id.class).toBe('sensitive');
    expect(name.explanation.notes?.join(' ')).toMatch(/SPI\.FIN\.CARD/);
    expect(c.summary().people.sensitive).toBe(1);
  });

  it('counts a child under 14 as a minor and escalates the band twice', () => {
    const c = counter();
    const child = generateRic18('440305', '20150601', '013');
    const phoneOfParent = mobile(phone(4), 30);
    c.addRecord(rec(ric(child, 0, { minor: true }), phoneOfParent));
    const s = c.summary();
    expect(s.people).toEqual({ distinct: 1, sensitive: 1, minors: 1 });
    expect(phoneOfParent.class).toBe('sensitive');
    expect(s.scale.baseBand).toBe('S0');
    expect(s.scale.band).toBe('S2');
    expect(s.scale.thresholds.join('\n')).toMatch(/未成年人/);
    expect(s.window).toEqual({ from: '2026-01-01', to: '2026-01-15' });
  });

  it('counts records per criminal tier: 50 card records are serious, 500 especially serious', () => {
    const c = counter();
    for (let i = 0; i < 50; i++) c.addRecord(rec(bankCard(generateLuhn('622202', 16, String(i).padStart(4, '0')))));
    let tier = c.summary().criminalTiers.find((t) => t.crimTier === 50);
    expect(tier).toMatchObject({ records: 50, level: 'serious', piTypes: ['SPI.FIN.CARD'] });
    for (let i = 50; i < 500; i++) c.addRecord(rec(bankCard(generateLuhn('622202', 16, String(i).padStart(4, '0')))));
    tier = c.summary().criminalTiers.find((t) => t.crimTier === 50);
    expect(tier?.level).toBe('especially_serious');
    expect(c.summary().criminalTiers.find((t) => t.crimTier === 5000)).toBeUndefined();
  });

  it('leaves proven duplicate records out of the criminal tiers', () => {
    const c = counter();
    const card = generateLuhn('622202', 16);
    c.addRecord(rec(bankCard(card), personName('王五', 20)));
    c.addRecord(rec(personName('王五', 0), bankCard(`${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12)}`, 5)));
    c.addRecord(rec(bankCard(card)));
    const s = c.summary();
    expect(s.duplicateRecords).toBe(1);
    expect(s.criminalTiers.find((t) => t.crimTier === 50)?.records).toBe(2);
    expect(s.records).toBe(3);
  });

  it('rejects a missing fingerprint function', () => {
    expect(() => createPeopleCounter({})).toThrow(/fingerprint/);
  });
});

describe('createPeopleCounter: cross-record reconstruction (pi-taxonomy §5.4)', () => {
  // A number whose month is recovered by the checksum from the union 1101051949??31002X (found, not assumed).
  const seq = ['002', '004', '006', '008', '010', '012', '014', '016', '018', '020'].find((s) => {
    const id = generateRic18('110105', '19490131', s);
    const union = `${id.slice(0, 10)}??${id.slice(12)}`;
    return ricResidual(union, now).candidates === 1;
  }) as string;
  const id = generateRic18('110105', '19490131', seq);
  const head = `${id.slice(0, 10)}******`;
  const tail = `**********${id.slice(12)}`;

  it('joins two differently masked copies beside the same name', () => {
    const c = counter();
    c.addRecord({ source: 'list-a.html', findings: [personName('张三', 0), maskedRic(head, 4)] });
    const later = maskedRic(tail, 4);
    c.addRecord({ source: 'list-b.html', findings: [personName('张三', 0), later] });
    const s = c.summary();
    expect(s.reconstructed).toBe(1);
    expect(s.people.distinct).toBe(1);
    expect(later.state).toBe('exposed');
    expect(later.attributes.reconstructed).toBe(true);
    expect(later.fingerprint).toBe(createHmacFingerprinter(key)('CN_RIC18', id));
  });

  it('joins a masked name with the full name of the same surname and length', () => {
    const c = counter();
    c.addRecord(rec(personName('张三', 0), maskedRic(head, 4)));
    c.addRecord(rec(personName('张*', 0), maskedRic(tail, 4)));
    expect(c.summary().reconstructed).toBe(1);
  });

  it('does not join across different names', () => {
    const c = counter();
    c.addRecord(rec(personName('张三', 0), maskedRic(head, 4)));
    c.addRecord(rec(personName('李四', 0), maskedRic(tail, 4)));
    const s = c.summary();
    expect(s.reconstructed).toBe(0);
    expect(s.people.distinct).toBe(2);
  });

  it('refuses a join when two earlier copies would give different numbers', () => {
    const other = [...Array(200).keys()]
      .map((i) => generateRic18('110105', '19490331', String(i * 2 + 100).padStart(3, '0')))
      .find((o) => o.slice(12) !== id.slice(12) && ricResidual(`${id.slice(0, 10)}??${o.slice(12)}`, now).candidates === 1);
    expect(other).toBeDefined();
    const c = counter();
    c.addRecord(rec(maskedRic(`**********${(other as string).slice(12)}`, 0)));
    c.addRecord(rec(maskedRic(tail, 0)));
    c.addRecord(rec(maskedRic(head, 0)));
    expect(c.summary().reconstructed).toBe(0);
  });

  it('parses the fixed-width masks of the example', () => {
    expect(parseMaskedRic(head)).toBe(`${id.slice(0, 10)}????????`);
    expect(parseMaskedRic(tail)).toBe(`????????????${id.slice(12)}`);
  });
});

describe('createPeopleCounter: properties', () => {
  // People with distinct numbers; each record shows some of one person's keys.
  const recordsArb = fc
    .array(
      fc.record({ person: fc.nat(30), show: fc.constantFrom('id', 'id+phone', 'name+phone', 'phone', 'masked'), withCard: fc.boolean() }),
      {
        maxLength: 60,
      },
    )
    // The position makes each record's card its own, so that cards link nothing the model does not expect.
    .map((rs) => rs.map((r, i) => ({ ...r, card: r.withCard ? i : -1 })));
  // A card makes the record, and so its person, sensitive.
  const hasCard = (r: { card: number }): boolean => r.card >= 0;
  const build = (r: { person: number; show: string; card: number }): RecordInput => {
    const base = buildPlain(r);
    if (!hasCard(r)) return base;
    const card = generateLuhn('622202', 16, `${String(r.person).padStart(3, '0')}${String(r.card).padStart(4, '0')}`);
    return { ...base, findings: [...base.findings, bankCard(card, 90)] };
  };
  const buildPlain = (r: { person: number; show: string }): RecordInput => {
    const id = adult(r.person * 2 + 1);
    const p = phone(r.person);
    const name = `测试${String.fromCharCode(0x4e00 + r.person)}`;
    switch (r.show) {
      case 'id':
        return rec(ric(id));
      case 'id+phone':
        return rec(ric(id), mobile(p, 20));
      case 'name+phone':
        return rec(personName(name), mobile(p, 5));
      case 'phone':
        return rec(mobile(p));
      default:
        return rec(maskedRic(`${id.slice(0, 6)}********${id.slice(14)}`));
    }
  };

  it('merging is order-independent and never counts more people than records', () => {
    fc.assert(
      fc.property(recordsArb, fc.integer(), (records, seed) => {
        const a = counter();
        for (const r of records) a.addRecord(build(r));
        const shuffled = fc.sample(fc.shuffledSubarray(records, { minLength: records.length, maxLength: records.length }), {
          numRuns: 1,
          seed,
        })[0]!;
        const b = counter();
        for (const r of shuffled) b.addRecord(build(r));
        const sa = a.summary();
        const sb = b.summary();
        expect(sb.people).toEqual(sa.people);
        expect(sa.people.distinct).toBeLessThanOrEqual(records.length);
        expect(sa.people.sensitive).toBeLessThanOrEqual(sa.people.distinct);
        expect(sa.people.sensitive > 0).toBe(records.some(hasCard));
        expect(sa.criminalTiers).toEqual(sb.criminalTiers);
        // A person's ID-only and phone-bearing records join only through a record that shows both;
        // masked records stay apart.
        let expected = records.filter((r) => r.show === 'masked').length;
        for (const person of new Set(records.map((r) => r.person))) {
          const shown = new Set(records.filter((r) => r.person === person).map((r) => r.show));
          const withId = shown.has('id');
          const withPhone = shown.has('name+phone') || shown.has('phone');
          expected += shown.has('id+phone') ? 1 : (withId ? 1 : 0) + (withPhone ? 1 : 0);
        }
        expect(sa.people.distinct).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });
});
