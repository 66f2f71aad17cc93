import { describe, it } from 'vitest';
import { generateLuhn, recognizerTests } from '../../testing/index.js';
import { cnBankCardMasked } from './cn-bank-card-masked.js';

const card = generateLuhn('622202', 16);
const hide = (v: string, from: number, to: number): string => v.slice(0, from) + '*'.repeat(to - from) + v.slice(to);

describe('cn-bank-card-masked', () => {
  for (const t of recognizerTests(cnBankCardMasked, {
    valid: [
      {
        name: '6 + 4 convention is masked',
        text: `银行卡号：${hide(card, 6, 12)}`,
        expect: [{ entity: 'BANK_CARD', piType: 'SPI.FIN.CARD', class: 'sensitive', state: 'masked', start: 5 }],
      },
      { name: 'bare 6 + 4', text: hide(card, 6, 12), expect: [{ state: 'masked' }] },
      {
        name: 'grouped in fours',
        text: `卡号 ${card.slice(0, 4)} **** **** ${card.slice(12)}`,
        expect: [{ state: 'masked', start: 3 }],
      },
      { name: 'last four only, with a card word', text: `信用卡 **** **** **** ${card.slice(12)}`, expect: [{ state: 'masked' }] },
      {
        name: 'three digits hidden: partially masked',
        text: `账号 ${hide(card, 8, 11)}`,
        expect: [{ state: 'partially_masked', attributes: { residualCandidates: 100 } }],
      },
      {
        name: 'last four only, under a card column',
        text: `**** **** **** ${card.slice(12)}`,
        context: '银行卡号',
        expect: [{ state: 'masked' }],
      },
      { name: 'one digit hidden: Luhn recovers it', text: `卡号 ${hide(card, 10, 11)}`, expect: [{ state: 'exposed' }] },
      { name: '19-digit card', text: `借记卡 ${hide(generateLuhn('621700', 19), 6, 15)}`, expect: [{ state: 'masked' }] },
    ],
    invalid: [
      { name: 'last four only, no card word', text: `**** **** **** ${card.slice(12)}` },
      { name: 'masked ID number is not a card', text: '110105********0021' },
      { name: 'too short', text: '6222 **** 1234' },
      { name: 'two mask runs', text: '6222**02**561234' },
      { name: 'full card number', text: card },
      { name: 'row of stars', text: '卡号 ****************' },
      { name: 'date range with an undecodable dash', text: '2014-12?2017-02-20' },
      { name: 'a lone question mark', text: '卡号 622202123456?1234' },
    ],
  })) {
    it(t.name, t.run);
  }
});
