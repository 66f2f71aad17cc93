/** What a column's name says about its content. */
export interface NameSignal {
  /** `supports`: the name names a PI type; `doubtful`: the name names a non-personal identifier. */
  kind: 'supports' | 'doubtful' | 'none';
  /** The PI type the name suggests (for `supports`). */
  piType?: string;
  /** The part of the name that decided it. */
  matched?: string;
}

/** Names of columns that hold a PI type, Chinese and English, as database and spreadsheet authors write them. */
const HINTS: readonly [RegExp, string][] = [
  [/身份证|公民身份|证件号|id_?card|idcard|id_?no\b|identity|sfz|sfzh|citizen_?id|national_?id/i, 'PI.ID.RIC'],
  [/护照|passport/i, 'PI.ID.PASSPORT'],
  [/港澳|台胞|回乡证|通行证|permit/i, 'PI.ID.TRAVEL_PERMIT'],
  [/驾驶证|驾照|driver_?licen[cs]e/i, 'PI.ID.DRIVER'],
  [/社保|社会保障|social_?security|ssn/i, 'PI.ID.SOCIAL_SECURITY'],
  [/手机|电话|联系方式|mobile|phone|\btel\b|telephone|cellphone|contact_?no/i, 'PI.BASIC.PHONE'],
  [/邮箱|电子邮件|e[-_]?mail|\bmail\b/i, 'PI.BASIC.EMAIL'],
  [/银行卡|卡号|bank_?card|card_?no|card_?number|pan\b|account_?no|账号|银行账户/i, 'SPI.FIN.CARD'],
  [/地址|住址|住所|address|addr\b|street/i, 'PI.BASIC.ADDRESS'],
  [/生日|出生|birth|\bdob\b/i, 'PI.BASIC.BIRTH'],
  [/性别|gender|\bsex\b/i, 'PI.BASIC.GENDER'],
  [/民族|ethnic/i, 'PI.BASIC.ETHNIC'],
  [/病|诊断|症状|diagnos|disease|symptom|condition/i, 'SPI.MED.CONDITION'],
  [/车牌|plate_?no|license_?plate|vin\b/i, 'PI.PROP.VEHICLE'],
  [/\bip\b|ip_?addr|client_?ip/i, 'PI.NET.IP'],
  [/经纬|坐标|latitude|longitude|\blat\b|\blng\b|\blon\b|gps/i, 'PI.LOC.POINT'],
  [/密码|password|passwd|pwd\b/i, 'PI.AUTH.CREDENTIAL'],
  [
    /姓名|名字|联系人|收件人|收货人|客户名|real_?name|full_?name|first_?name|last_?name|^name$|person_?name|customer_?name|contact_?name/i,
    'PI.BASIC.NAME',
  ],
];

/** Identifiers of things, not people: a long number in such a column is doubtful (DESIGN: 订单号 lowers the score). */
const DOUBTFUL =
  /订单|单号|流水|运单|快递单|物流|发票|批次|商品|产品|编码|序列|order|trade|txn|transaction|serial|sku|tracking|waybill|invoice|product|goods|batch|sequence|\buuid\b|hash|checksum|timestamp/i;

/** Reads a column name (`id_card`, `身份证号`, `buyerMobile`) for what it says about the values. */
export function nameSignal(column: string): NameSignal {
  const spaced = column.replace(/([a-z])([A-Z])/g, '$1_$2');
  const doubt = DOUBTFUL.exec(spaced);
  if (doubt) return { kind: 'doubtful', matched: doubt[0] };
  for (const [re, piType] of HINTS) {
    const m = re.exec(spaced);
    if (m) return { kind: 'supports', piType, matched: m[0] };
  }
  return { kind: 'none' };
}
