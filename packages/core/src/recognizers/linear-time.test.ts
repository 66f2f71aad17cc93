// Hostile input for the part-B recognisers (phones, cards, accounts, vehicles, network, devices): long runs of the
// characters their patterns are built from must not make matching super-linear (pi-taxonomy §9, STYLE "Traps").
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../analyzer/create-analyzer.js';
import { alipayUid } from './cn/alipay-uid.js';
import { cnBankAccount } from './cn/cn-bank-account.js';
import { cnHousingFundAccount } from './cn/cn-housing-fund-account.js';
import { cnIccid } from './cn/cn-iccid.js';
import { cnImsi } from './cn/cn-imsi.js';
import { cnLandline } from './cn/cn-landline.js';
import { cnPlate } from './cn/cn-plate.js';
import { cnPostcode } from './cn/cn-postcode.js';
import { cnQq } from './cn/cn-qq.js';
import { cnSecuritiesAccount } from './cn/cn-securities-account.js';
import { cnUscc } from './cn/cn-uscc.js';
import { cnWechatId } from './cn/cn-wechat-id.js';
import { cnWechatWxid } from './cn/cn-wechat-wxid.js';
import { bankCard } from './generic/bank-card.js';
import { dateOfBirth } from './generic/date-of-birth.js';
import { geoPoint } from './generic/geo-point.js';
import { imei } from './generic/imei.js';
import { ipv4 } from './generic/ipv4.js';
import { ipv6 } from './generic/ipv6.js';
import { macAddress } from './generic/mac-address.js';
import { mobileAdId } from './generic/mobile-ad-id.js';
import { urlQueryPi } from './generic/url-query-pi.js';
import { vin } from './generic/vin.js';
import { e164Phone } from './intl/e164-phone.js';
import { labelledPhone } from './intl/labelled-phone.js';

const recognizers = [
  alipayUid,
  cnBankAccount,
  cnHousingFundAccount,
  cnIccid,
  cnImsi,
  cnLandline,
  cnPlate,
  cnPostcode,
  cnQq,
  cnSecuritiesAccount,
  cnUscc,
  cnWechatId,
  cnWechatWxid,
  bankCard,
  dateOfBirth,
  geoPoint,
  imei,
  ipv4,
  ipv6,
  macAddress,
  mobileAdId,
  urlQueryPi,
  vin,
  e164Phone,
  labelledPhone,
];

const N = 1_000_000;
const hostile: Array<[string, string]> = [
  ['digits', '7'.repeat(N)],
  ['digits and spaces', '1234 '.repeat(N / 5)],
  ['digits and hyphens', '0-2'.repeat(N / 3)],
  ['plus digits', '+8'.repeat(N / 2)],
  ['dotted digits', '1.2'.repeat(N / 3)],
  ['decimal pairs', '39.9042, '.repeat(N / 9)],
  ['hex and colons', 'ab:'.repeat(N / 3)],
  ['colons', ':'.repeat(N)],
  ['hex', 'f'.repeat(N)],
  ['alnum', 'A1'.repeat(N / 2)],
  ['query', '/a?mobile=1&'.repeat(N / 12)],
  ['plates', '京A'.repeat(N / 2)],
  ['birth keyword', '出生日期 1990-'.repeat(N / 11)],
  ['phone label and digit groups', `Phone: ${'12 '.repeat(N / 3)}`],
  ['English words', 'consider example analysis '.repeat(N / 26)],
  ['context words', '微信号：银行卡号 QQ IMEI 电话 '.repeat(N / 24)],
];

describe('part-B recognisers on hostile input', () => {
  const analyzer = createAnalyzer({ recognizers, types: recognizers.map((r) => r.meta.id) });
  for (const [name, text] of hostile) {
    it(`stays linear on ${name} (${text.length} chars)`, () => {
      const t0 = performance.now();
      analyzer.analyze(text);
      // About 1 µs per character is already slow; quadratic behaviour would take minutes here.
      expect(performance.now() - t0).toBeLessThan(4000);
    });
  }
});
