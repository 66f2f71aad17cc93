import { createHash } from 'node:crypto';
import { describe, it } from 'vitest';
import { generateRic18, recognizerTests } from '../../testing/index.js';
import { cnIdentifierHashMasked } from './cn-identifier-hash-masked.js';

const digest = (alg: string, v: string): string => createHash(alg).update(v).digest('hex');
const id = generateRic18('110105', '19800101', '011');

describe('cn-identifier-hash-masked', () => {
  for (const t of recognizerTests(cnIdentifierHashMasked, {
    valid: [
      {
        name: 'MD5 of a mobile number',
        text: `手机号MD5: ${digest('md5', '13800001111')}`,
        expect: [{ entity: 'CN_MOBILE', piType: 'PI.BASIC.PHONE', state: 'tokenized', minScore: 0.9, attributes: { algorithm: 'MD5' } }],
      },
      {
        name: 'SHA-256 of an ID number',
        text: `身份证号（SHA256）${digest('sha256', id)}`,
        expect: [{ entity: 'CN_RIC18', piType: 'PI.ID.RIC', state: 'tokenized', attributes: { algorithm: 'SHA-256' } }],
      },
      { name: 'SHA-1, upper case', text: `phone ${digest('sha1', '13900002222').toUpperCase()}`, expect: [{ state: 'tokenized' }] },
      { name: 'column name as context', text: digest('md5', id), context: 'id_card_md5', expect: [{ entity: 'CN_RIC18' }] },
    ],
    invalid: [
      { name: 'a digest with no ID or phone word', text: `文件校验 ${digest('md5', 'report.pdf')}` },
      { name: 'git commit hash', text: `commit ${digest('sha1', 'tree')}` },
      { name: 'mixed case is not a digest', text: `手机 ${digest('md5', 'x').replace(/[a-f]/, 'A')}` },
      { name: '33 hex digits', text: `手机 ${digest('md5', 'y')}a` },
      { name: 'digits only', text: `手机 ${'1'.repeat(32)}` },
    ],
  })) {
    it(t.name, t.run);
  }
});
