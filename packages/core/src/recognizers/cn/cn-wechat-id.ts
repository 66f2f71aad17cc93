import { defineRecognizer } from '../../recognizer.js';
import { nearbyWords } from '../generic/nearby-words.js';

const WECHAT_WORDS = ['微信', '威信', '薇信', 'v信', 'vx', 'wx', 'wechat', 'weixin', 'openid', 'open_id'];
// Words that follow a WeChat keyword but are not IDs ("微信 WeChat", "vx: same as phone").
const NOT_IDS = new Set(['wechat', 'weixin', 'openid', 'account', 'number', 'contact', 'official', 'mini-program', 'miniprogram']);

// A WeChat word, an optional 号/ID/账号, then at most a colon or equals sign and spaces right before the value.
const LABEL = /(?:微信|威信|薇信|v信|vx|wx|wechat|weixin)\s*(?:号|號|id|账号|帳號|account)?\s*[:：=]?\s*$/i;

/** WeChat ID (微信号) or an OpenID next to a WeChat word or in a WeChat column; legacy wxid_ IDs are cn-wechat-wxid. */
export const cnWechatId = defineRecognizer({
  meta: {
    id: 'cn-wechat-id',
    entity: 'WECHAT_ID',
    piType: 'PI.NET.ACCOUNT',
    country: 'CN',
    description:
      'WeChat account: user-chosen ID (letter + 5–19 of letters, digits, _ and -) right after a WeChat word or in a WeChat ' +
      'column, and 28-character OpenIDs with an openid/WeChat word.',
    references: ['pi-taxonomy.md §3.9', 'any-rule 微信号', 'WeChat Open Platform: openid'],
    version: 1,
  },
  prefilter: /[A-Za-z][-_A-Za-z0-9]{5}/,
  patterns: [
    { name: 'openid', regex: /(?<![0-9A-Za-z_-])o[A-Za-z0-9_-]{27}(?![0-9A-Za-z_-])/g, score: 0.2 },
    { name: 'wechat-id', regex: /(?<![0-9A-Za-z_.@/-])[A-Za-z][-_A-Za-z0-9]{5,19}(?![-_0-9A-Za-z@]|\.[A-Za-z0-9])/g, score: 0.2 },
  ],
  // Required: without a WeChat word (in the text or the column name) a word of letters is just a word, and the analyzer
  // then drops the candidate before building a finding, which keeps English prose cheap.
  context: { words: WECHAT_WORDS, negative: ['订单号', '單號', '单号', '流水号', '交易号', 'order', 'transaction'], required: true },
  validate(value, { text, candidate }) {
    if (candidate.pattern === 'openid') {
      // An OpenID is 28 random characters: it must mix letters and digits.
      if (!/\d/.test(value) || !/[A-Za-z].*[A-Za-z]/.test(value.slice(1))) return 'invalid';
      return { validation: 'unchecked', attributes: { kind: 'openid' } };
    }
    // wxid_… is cn-wechat-wxid's.
    if (NOT_IDS.has(value.toLowerCase()) || /^wxid_/.test(value)) return 'invalid';
    // A user-chosen ID is only an ID where a WeChat word labels it ("微信号：zhang_san88", "加vx: abc123"), not in a
    // list of services ("微信、微博、Facebook"). Without any WeChat word in the text, only a column named for WeChat
    // (the call's context) can lift its 0.2 base score over the threshold.
    const labelled = LABEL.test(text.slice(Math.max(0, candidate.start - 16), candidate.start));
    if (!labelled && nearbyWords(text, candidate.start, candidate.end, WECHAT_WORDS).length > 0) return 'invalid';
    return { validation: 'unchecked', attributes: { kind: 'wechat-id' } };
  },
});
