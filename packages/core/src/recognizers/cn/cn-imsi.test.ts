import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { cnImsi } from './cn-imsi.js';

describe('cn-imsi', () => {
  for (const t of recognizerTests(cnImsi, {
    valid: [
      {
        name: 'China Mobile',
        text: 'IMSI: 460001234567890',
        expect: [{ value: '460001234567890', attributes: { carrier: 'china-mobile' } }],
      },
      { name: 'China Telecom 11', text: 'SIM卡 460111234567890', expect: [{ attributes: { carrier: 'china-telecom' } }] },
      { name: 'China Unicom 01', text: 'imsi=460019876543210', expect: [{ attributes: { carrier: 'china-unicom' } }] },
    ],
    invalid: [
      { name: 'no context', text: '460001234567890' },
      { name: 'sim inside another word', text: 'similar 460001234567890' },
      { name: 'MNC 14 not allocated', text: 'IMSI 460141234567890' },
      { name: 'MNC 16 outside the pattern', text: 'IMSI 460161234567890' },
      { name: 'other MCC', text: 'IMSI 310150123456789' },
      { name: '16 digits', text: 'IMSI 4600012345678901' },
    ],
  })) {
    it(t.name, t.run);
  }
});
