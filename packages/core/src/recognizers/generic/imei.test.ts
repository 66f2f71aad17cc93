import { describe, expect, it } from 'vitest';
import { analyze } from '../../analyzer/create-analyzer.js';
import { isValidLuhn } from '../../checksums/luhn.js';
import { generateLuhn, generateLuhnFail, recognizerTests } from '../../testing/index.js';
import { imei } from './imei.js';

const a = generateLuhn('35209900', 15, '17614');
const b = generateLuhn('86012345', 15, '98765');
const bad = generateLuhnFail('35209900', 15, '17614');

describe('imei', () => {
  for (const t of recognizerTests(imei, {
    valid: [
      {
        name: 'IMEI label',
        text: `IMEI: ${a}`,
        expect: [{ value: a, validation: 'valid', piType: 'PI.DEVICE', attributes: { tac: '35209900' } }],
      },
      { name: 'Chinese 串号', text: `手机串号${b}`, expect: [{ value: b }] },
      {
        name: 'grouped AA-BBBBBB-CCCCCC-D',
        text: `imei ${a.slice(0, 2)}-${a.slice(2, 8)}-${a.slice(8, 14)}-${a.slice(14)}`,
        expect: [{ validation: 'valid' }],
      },
      {
        name: 'grouped 6-2-6-1',
        text: `IMEI ${a.slice(0, 6)}-${a.slice(6, 8)}-${a.slice(8, 14)}-${a.slice(14)}`,
        expect: [{ validation: 'valid' }],
      },
      {
        name: 'grouped without a check digit',
        text: `IMEI: ${a.slice(0, 2)}-${a.slice(2, 8)}-${a.slice(8, 14)}`,
        expect: [{ validation: 'unchecked', entity: 'IMEI' }],
      },
      { name: 'grouped IMEISV', text: `IMEI ${a.slice(0, 2)}-${a.slice(2, 8)}-${a.slice(8, 14)}-23`, expect: [{ entity: 'IMEISV' }] },
      { name: '14 digits with context', text: `串号 ${a.slice(0, 14)}`, expect: [{ validation: 'unchecked' }] },
      { name: 'IMEISV', text: 'IMEISV 3520990017614823', expect: [{ entity: 'IMEISV', validation: 'unchecked' }] },
      { name: 'column context', text: b, context: 'device_id', expect: [{ value: b }] },
    ],
    invalid: [
      { name: 'no context (could be a legacy ID number)', text: a },
      { name: 'Luhn failure', text: `IMEI ${bad}` },
      { name: '14 digits without context', text: a.slice(0, 14) },
      { name: 'grouped Luhn failure', text: `IMEI ${bad.slice(0, 2)}-${bad.slice(2, 8)}-${bad.slice(8, 14)}-${bad.slice(14)}` },
      { name: 'grouped 13 digits', text: `IMEI ${a.slice(0, 2)}-${a.slice(2, 8)}-${a.slice(8, 13)}` },
      { name: 'ID context only', text: `身份证 ${a}` },
      { name: 'placeholder zeros', text: 'IMEI 000000000000000' },
      { name: '16 digits without an IMEISV label', text: 'IMEI 3520990017614823' },
    ],
  })) {
    it(t.name, t.run);
  }
});

describe('imei against a legacy 15-digit resident ID', () => {
  // A 15-digit run that is both a first-generation ID number (region, YYMMDD, sequence) and Luhn-valid.
  const both = Array.from({ length: 1000 }, (_, i) => `110105491231${String(i).padStart(3, '0')}`).find((v) => isValidLuhn(v))!;

  it('is read as an IMEI next to IMEI and as an ID number next to 身份证', () => {
    expect(both).toBeDefined();
    const asDevice = analyze(`IMEI: ${both}`).filter((f) => f.value === both);
    expect(asDevice.map((f) => f.entity)).toEqual(['IMEI']);
    const asId = analyze(`身份证号 ${both}`).filter((f) => f.value === both);
    expect(asId.map((f) => f.entity)).toEqual(['CN_RIC15']);
  });
});
