import { hkidValid, twidValid } from '../reference/hk-tw-id.js';
import { luhnValid } from '../reference/luhn.js';
import { residentId15Valid, residentId18Valid } from '../reference/resident-id.js';
import { isIndividualBusiness, usccValid } from '../reference/uscc.js';
import type { IdentifierVector } from '../vectors/identifier-vector.js';

/**
 * How an any-rule example becomes a vector. any-rule's examples are format-only (its IMEI examples fail
 * Luhn), so where a check exists the label follows the check: a format-positive that fails it is a negative.
 */
export type AnyRuleLabel = (value: string) => Omit<IdentifierVector, 'value'> | undefined;

const none: AnyRuleLabel = () => ({ expected: null });
const typed =
  (expected: string, contextWord: string, needsContext = false): AnyRuleLabel =>
  () => ({ expected, contextWord, needsContext });
const checked =
  (expected: string, contextWord: string, ok: (v: string) => boolean, needsContext = false): AnyRuleLabel =>
  (v) =>
    ok(v) ? { expected, contextWord, needsContext } : { expected: null, contextWord };

function residentId(v: string): Omit<IdentifierVector, 'value'> {
  if (v.length === 15)
    return residentId15Valid(v)
      ? { expected: 'PI.ID.RIC', contextWord: '身份证号', needsContext: true }
      : { expected: null, contextWord: '身份证号' };
  return residentId18Valid(v) ? { expected: 'PI.ID.RIC', contextWord: '身份证号' } : { expected: null, contextWord: '身份证号' };
}

function bankCard(v: string): Omit<IdentifierVector, 'value'> {
  if (v.length >= 16 && v.length <= 19 && luhnValid(v)) return { expected: 'SPI.FIN.CARD', contextWord: '银行卡号' };
  // Shorter account numbers (10–30 digits, no checksum) are PI beside 账号 / 银行账号 only.
  return { expected: 'SPI.FIN.ACCOUNT_OTHER', contextWord: '银行账号', needsContext: true };
}

// Private, loopback and network addresses identify no user (pi-taxonomy §3.9): negatives. The gold span is the address without its port.
function ip(v: string): Omit<IdentifierVector, 'value'> {
  const m = /^\[?([0-9a-fA-F:.]+?)\]?(?::\d+)?$/.exec(v);
  const addr = m?.[1] ?? v;
  const start = v.indexOf(addr);
  if (/^(?:10\.|127\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|0\.)/.test(addr) || /\.0$/.test(addr))
    return { expected: null, contextWord: 'IP地址' };
  return { expected: 'PI.NET.IP', contextWord: 'IP地址', span: [start, start + addr.length] };
}

// 010-12345678: a Beijing subscriber number never starts with 0 or 1 (pi-taxonomy §3.5), so it is a negative.
function landline(v: string): Omit<IdentifierVector, 'value'> {
  if (/^0\d{2,3}-[01]/.test(v)) return { expected: null, contextWord: '电话' };
  return { expected: 'PI.BASIC.PHONE', contextWord: '电话', needsContext: !v.startsWith('0') };
}

/** Title prefix → label; titles not listed here are left out of the evaluation (and printed by the suite). */
export const ANY_RULE_LABELS: ReadonlyArray<[string, AnyRuleLabel]> = [
  ['手机机身码(IMEI)', checked('PI.DEVICE', 'IMEI', (v) => v.length === 15 && luhnValid(v), true)],
  ['统一社会信用代码', checked('USCC', '统一社会信用代码', (v) => usccValid(v) && isIndividualBusiness(v))],
  ['银行卡号', bankCard],
  ['中文姓名', typed('PI.BASIC.NAME', '姓名', true)],
  ['英文姓名', typed('PI.BASIC.NAME', '姓名', true)],
  ['车牌号', typed('PI.PROP.VEHICLE', '车牌号')],
  ['手机号', typed('PI.BASIC.PHONE', '手机号')],
  ['email', typed('PI.BASIC.EMAIL', '邮箱')],
  ['座机', landline],
  ['身份证号', residentId],
  ['户口薄', residentId],
  ['护照', typed('PI.ID.PASSPORT', '护照号码', true)],
  ['qq号', typed('PI.NET.ACCOUNT', 'QQ号', true)],
  ['微信号', typed('PI.NET.ACCOUNT', '微信号', true)],
  ['ip-v4', ip],
  ['ip-v6', ip],
  ['mac地址', typed('PI.DEVICE', 'MAC地址')],
  ['香港身份证', checked('PI.ID.HK_MO_TW', '香港身份证', hkidValid)],
  ['澳门身份证', typed('PI.ID.HK_MO_TW', '澳门身份证', true)],
  ['台湾身份证', checked('PI.ID.HK_MO_TW', '台湾身分证', twidValid)],
  ['军官/士兵证', typed('PI.ID.MILITARY', '军官证')],
  // A postcode alone is an area, not a person (a quasi-identifier): not scored either way.
  ['邮政编码', () => undefined],
  // Everything else any-rule knows (URLs, hashes, dates, amounts, paths, versions, colours…) is not PI.
  ['', none],
];
