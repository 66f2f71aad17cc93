import { describe, it } from 'vitest';
import { gb11714CheckChar } from '../../checksums/gb11714-mod11.js';
import { generateUscc, recognizerTests } from '../../testing/index.js';
import { cnUscc } from './cn-uscc.js';

// Organisation codes (characters 9–17) with their GB 11714 check computed; the USCC check is computed on top.
const soleProprietor = generateUscc('92371000MA3MXH0E3');
const another = generateUscc(`92440300MA5F0000${gb11714CheckChar('MA5F0000')}`);
const company = generateUscc('91110000600037341');
const wrongCheck = soleProprietor.slice(0, 17) + (soleProprietor[17] === '0' ? '1' : '0');

describe('cn-uscc', () => {
  for (const t of recognizerTests(cnUscc, {
    valid: [
      {
        name: 'individual business',
        text: soleProprietor,
        expect: [{ value: soleProprietor, validation: 'valid', piType: 'PI.EDU_WORK', attributes: { region: '371000' } }],
      },
      { name: 'with context', text: `统一社会信用代码：${soleProprietor}`, expect: [{ minScore: 0.95 }] },
      {
        name: 'spaced as printed',
        text: `${soleProprietor.slice(0, 2)} ${soleProprietor.slice(2, 8)} ${soleProprietor.slice(8)}`,
        expect: [{ validation: 'valid' }],
      },
      { name: 'computed code, Shenzhen', text: `营业执照 ${another}（个体工商户）`, expect: [{ value: another }] },
    ],
    invalid: [
      { name: 'company (91) is not personal', text: `统一社会信用代码 ${company}` },
      { name: 'wrong check character', text: wrongCheck },
      { name: 'illegal letter I', text: '92371000MA3MXH0E3I' },
      { name: 'GB 11714 check broken, GB 32100 recomputed', text: generateUscc('92371000MA3MXH0E4') },
      { name: 'spaced with a wrong check character', text: `92 371000 ${wrongCheck.slice(8)}` },
      { name: 'glued to more characters', text: `${soleProprietor}9` },
    ],
  })) {
    it(t.name, t.run);
  }
});
