// The phone, card, account, vehicle, network and device recognisers (issue 2, part B), which the forms and
// property tests exercise together. Not a test itself: shared by part-b-forms.test.ts and part-b-properties.test.ts.
import type { Recognizer } from '../src/recognizer.js';
import { builtinRecognizers } from '../src/recognizers/index.js';

/** Ids of the part-B recognisers. */
export const PART_B_IDS: ReadonlySet<string> = new Set([
  'alipay-uid',
  'bank-card',
  'cn-bank-account',
  'cn-housing-fund-account',
  'cn-iccid',
  'cn-imsi',
  'cn-landline',
  'cn-mobile',
  'cn-plate',
  'cn-postcode',
  'cn-qq',
  'cn-securities-account',
  'cn-uscc',
  'cn-wechat-id',
  'date-of-birth',
  'e164-phone',
  'geo-point',
  'imei',
  'ipv4',
  'ipv6',
  'labelled-phone',
  'mac-address',
  'mobile-ad-id',
  'url-query-pi',
  'vin',
]);

/** The part-B recognisers from the built-in registry. */
export const partBRecognizers: readonly Recognizer[] = builtinRecognizers.filter((r) => PART_B_IDS.has(r.meta.id));
