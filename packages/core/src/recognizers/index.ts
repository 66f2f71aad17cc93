// The registry: one import line per recogniser, kept sorted by id. A parity test checks that every recogniser
// file is listed here, has a sibling test and has meta.id equal to its file name.
import type { Recognizer } from '../recognizer.js';
import { alipayUid } from './cn/alipay-uid.js';
import { bankCard } from './generic/bank-card.js';
import { biometricData } from './sensitive/biometric-data.js';
import { cnAddress } from './cn/cn-address.js';
import { cnBankAccount } from './cn/cn-bank-account.js';
import { cnBankCardMasked } from './cn/cn-bank-card-masked.js';
import { cnDisabilityCard } from './cn/cn-disability-card.js';
import { cnExitEntryPermit } from './cn/cn-exit-entry-permit.js';
import { cnFpr2017 } from './cn/cn-fpr-2017.js';
import { cnFpr2023 } from './cn/cn-fpr-2023.js';
import { cnHkmoHomeReturnPermit } from './cn/cn-hkmo-home-return-permit.js';
import { cnHousingFundAccount } from './cn/cn-housing-fund-account.js';
import { cnIccid } from './cn/cn-iccid.js';
import { cnIdentifierHashMasked } from './cn/cn-identifier-hash-masked.js';
import { cnImsi } from './cn/cn-imsi.js';
import { cnLandline } from './cn/cn-landline.js';
import { cnMilitaryId } from './cn/cn-military-id.js';
import { cnMobile } from './cn/cn-mobile.js';
import { cnMobileMasked } from './cn/cn-mobile-masked.js';
import { cnPassport } from './cn/cn-passport.js';
import { cnPersonName } from './cn/cn-person-name.js';
import { cnPlate } from './cn/cn-plate.js';
import { cnPostcode } from './cn/cn-postcode.js';
import { cnQq } from './cn/cn-qq.js';
import { cnResidentId } from './cn/cn-resident-id.js';
import { cnResidentIdMasked } from './cn/cn-resident-id-masked.js';
import { cnSecuritiesAccount } from './cn/cn-securities-account.js';
import { cnTwMtp } from './cn/cn-tw-mtp.js';
import { cnUscc } from './cn/cn-uscc.js';
import { cnWechatId } from './cn/cn-wechat-id.js';
import { cnWechatWxid } from './cn/cn-wechat-wxid.js';
import { creditRecord } from './sensitive/credit-record.js';
import { criminalRecord } from './sensitive/criminal-record.js';
import { dateOfBirth } from './generic/date-of-birth.js';
import { disabilityStatus } from './sensitive/disability-status.js';
import { e164Phone } from './intl/e164-phone.js';
import { email } from './generic/email.js';
import { emailMasked } from './generic/email-masked.js';
import { enPersonName } from './generic/en-person-name.js';
import { enStreetAddress } from './generic/en-street-address.js';
import { ethnicity } from './sensitive/ethnicity.js';
import { financialCredential } from './sensitive/financial-credential.js';
import { geoPoint } from './generic/geo-point.js';
import { healthRecordFields } from './sensitive/health-record-fields.js';
import { healthTerms } from './sensitive/health-terms.js';
import { hkid } from './hk/hkid.js';
import { iban } from './intl/iban.js';
import { imei } from './generic/imei.js';
import { ipv4 } from './generic/ipv4.js';
import { ipv6 } from './generic/ipv6.js';
import { labelledPhone } from './intl/labelled-phone.js';
import { lodging } from './sensitive/lodging.js';
import { macAddress } from './generic/mac-address.js';
import { maritalStatus } from './sensitive/marital-status.js';
import { minorAge } from './sensitive/minor-age.js';
import { mobileAdId } from './generic/mobile-ad-id.js';
import { moid } from './mo/moid.js';
import { mrz } from './intl/mrz.js';
import { religion } from './sensitive/religion.js';
import { sexualOrientation } from './sensitive/sexual-orientation.js';
import { trajectory } from './sensitive/trajectory.js';
import { travelRecord } from './sensitive/travel-record.js';
import { twid } from './tw/twid.js';
import { urlQueryPi } from './generic/url-query-pi.js';
import { usSsn } from './us/us-ssn.js';
import { vin } from './generic/vin.js';

/** The built-in recognisers, in a stable order (earlier wins ties in overlap resolution). */
export const builtinRecognizers: readonly Recognizer[] = [
  alipayUid,
  bankCard,
  biometricData,
  cnAddress,
  cnBankAccount,
  cnBankCardMasked,
  cnDisabilityCard,
  cnExitEntryPermit,
  cnFpr2017,
  cnFpr2023,
  cnHkmoHomeReturnPermit,
  cnHousingFundAccount,
  cnIccid,
  cnIdentifierHashMasked,
  cnImsi,
  cnLandline,
  cnMilitaryId,
  cnMobile,
  cnMobileMasked,
  cnPassport,
  cnPersonName,
  cnPlate,
  cnPostcode,
  cnQq,
  cnResidentId,
  cnResidentIdMasked,
  cnSecuritiesAccount,
  cnTwMtp,
  cnUscc,
  cnWechatId,
  cnWechatWxid,
  creditRecord,
  criminalRecord,
  dateOfBirth,
  disabilityStatus,
  e164Phone,
  email,
  emailMasked,
  enPersonName,
  enStreetAddress,
  ethnicity,
  financialCredential,
  geoPoint,
  healthRecordFields,
  healthTerms,
  hkid,
  iban,
  imei,
  ipv4,
  ipv6,
  labelledPhone,
  lodging,
  macAddress,
  maritalStatus,
  minorAge,
  mobileAdId,
  moid,
  mrz,
  religion,
  sexualOrientation,
  trajectory,
  travelRecord,
  twid,
  urlQueryPi,
  usSsn,
  vin,
];
