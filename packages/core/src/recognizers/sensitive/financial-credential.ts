import type { Validation } from '../../finding.js';
import type { Verdict } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';

// A password or PIN is a financial credential only beside a card or account (JR/T 0171 C3); elsewhere it is
// a login secret (PI.AUTH.CREDENTIAL), which another recogniser's business.
const ACCOUNT_NEARBY =
  /卡号|银行卡|信用卡|借记卡|储蓄卡|银行账号|账号|账户|帐号|帐户|开户行|card|account|\d{4}[ -]?\d{4}[ -]?\d{4}[ -]?\d{4}/i;

/** Card security data and payment passwords: CVV/CVN, expiry dates, PINs and payment passwords next to a card or account. */
export const financialCredential = defineRecognizer({
  meta: {
    id: 'financial-credential',
    entity: 'FIN_CREDENTIAL',
    piType: 'SPI.FIN.CREDENTIAL',
    country: 'INTL',
    description: 'CVV/CVN/CVC codes, card expiry dates (有效期 12/27) and payment passwords or PINs adjacent to a card or account number.',
    references: ['pi-taxonomy.md §2.5 SPI.FIN.CREDENTIAL', 'JR/T 0171-2020 C3', 'PCI DSS (sensitive authentication data)'],
    version: 1,
  },
  // Each pattern's label up to the first digit of its value (the patterns are case-insensitive, so is this):
  // the old test, two digits, passed every window of tables and logs.
  prefilter:
    /(?:CVV2?|CVN2?|CVC2?|CID|安全码|卡验证码|校验码)\s*(?:[:：=]\s*)?\d|有效期|失效日期|exp(?:iry|iration)?\s*(?:date\s*)?(?:[:：=]\s*)?\d|valid\s*thru|密码|pin\s*(?:code\s*|码\s*)?(?:[:：=是为]\s*)?\d/i,
  // The literal each alternative of the prefilter starts with (checked against it in prefilter-words.test.ts).
  prefilterWords: ['cvv', 'cvn', 'cvc', 'cid', '安全码', '卡验证码', '校验码', '有效期', '失效日期', 'exp', 'valid', '密码', 'pin'],
  patterns: [
    { name: 'cvv', regex: /(?:CVV2?|CVN2?|CVC2?|CID|安全码|卡验证码|校验码)\s*(?:[:：=]\s*)?(\d{3,4})(?!\d)/gi, score: 0.85, group: 1 },
    {
      name: 'expiry',
      regex:
        /(?:有效期(?:至|到)?|失效日期|exp(?:iry|iration)?(?:\s*date)?|valid\s*thru)\s*(?:[:：=]\s*)?((?:0[1-9]|1[0-2])\s*\/\s*(?:\d{2}|20\d{2})|20\d{2}\s*[-/年]\s*(?:0?[1-9]|1[0-2])\s*月?)(?![\d/])/gi,
      score: 0.6,
      group: 1,
    },
    {
      name: 'password',
      regex: /(?:支付密码|交易密码|取款密码|查询密码|银行卡密码|卡密码|密码|PIN(?:\s*code)?|pin码)\s*(?:[:：=是为]\s*)?(\d{4,6})(?!\d)/gi,
      score: 0.6,
      group: 1,
    },
  ],
  context: {
    words: [
      '卡号',
      '银行卡',
      '信用卡',
      '借记卡',
      '储蓄卡',
      '账号',
      '账户',
      '开户行',
      'card',
      'credit',
      'debit',
      'visa',
      'mastercard',
      '银联',
    ],
  },
  validate(_value, { text, candidate }): Verdict | Validation {
    if (candidate.pattern !== 'password') return 'unchecked';
    const near = text.slice(Math.max(0, candidate.start - 60), candidate.end + 30);
    return ACCOUNT_NEARBY.test(near) ? 'unchecked' : { validation: 'invalid', notes: ['no card or account nearby'] };
  },
  mask: (value) => '*'.repeat(value.length),
});
