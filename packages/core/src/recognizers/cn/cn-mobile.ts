import { defineRecognizer } from '../../recognizer.js';
import { followsIbanHead } from '../generic/inside-iban.js';
import { mobileSegmentOf } from './mobile-segments.js';

/** PRC mobile number: 11 digits in an allocated MIIT segment, optionally +86/0086 and spaced 3-4-4. */
export const cnMobile = defineRecognizer({
  meta: {
    id: 'cn-mobile',
    entity: 'CN_MOBILE',
    piType: 'PI.BASIC.PHONE',
    country: 'CN',
    description: 'PRC mobile phone number validated against the versioned segment table (carrier, MVNO flag).',
    references: ['pi-taxonomy.md §3.5', 'VincentSit/ChinaMobilePhoneNumberRegex README-CN'],
    version: 1,
  },
  prefilter: /1\d{2}[ -]?\d{4}[ -]?\d{4}/,
  patterns: [
    { name: 'mobile', regex: /(?<![0-9A-Za-z])(?:(?:\+|00)86[ -]?)?1[3-9]\d{9}(?![0-9A-Za-z])/g, score: 0.5 },
    { name: 'mobile-spaced', regex: /(?<![0-9A-Za-z])(?:(?:\+|00)86[ -]?)?1[3-9]\d[ -]\d{4}[ -]\d{4}(?![0-9A-Za-z])/g, score: 0.45 },
  ],
  context: {
    words: ['手机', '电话', '联系方式', '联系电话', '座机', '号码', 'tel', 'mobile', 'phone', 'cell', '來電', '電話', '短信'],
    negative: ['订单号', '单号', '流水号', '交易号', '编号', '序列号', '时间戳', 'order', 'serial', 'timestamp'],
  },
  validate(value, { text, candidate }) {
    if (followsIbanHead(text, candidate.start)) return { validation: 'invalid', notes: ['inside an IBAN'] };
    const national = value.replace(/[ -]/g, '').replace(/^(?:\+86|0086)/, '');
    const seg = mobileSegmentOf(national);
    if (!seg) return 'invalid';
    return { validation: 'valid', score: undefined, attributes: { carrier: seg.carrier, mvno: seg.mvno } };
  },
  mask: (value) => {
    const digits = value.replace(/[ -]/g, '');
    return digits.length >= 11 ? `${digits.slice(0, -8)}****${digits.slice(-4)}` : value;
  },
});
