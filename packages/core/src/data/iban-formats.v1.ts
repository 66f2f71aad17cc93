// IBAN formats by country (ISO 13616, SWIFT IBAN Registry). Versioned data: add a country or change a format here and
// bump the version, not the code. `bban` gives the BBAN structure in the registry's notation (n digits, a upper-case
// letters, c either); `lengths` holds the whole compact IBAN's length for every country, with or without a structure.

export const ibanFormatsV1 = {
  name: 'iban-formats',
  version: '1.0.0',
  source: "SWIFT IBAN Registry (ISO 13616); French overseas territories share FR's format, Åland shares FI's",
  lengths: {
    AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BI: 27, BR: 29, BY: 28, CH: 21, CR: 22, CY: 28,
    CZ: 24, DE: 22, DJ: 27, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FK: 18, FO: 18, FR: 27, GB: 22, GE: 22, GI: 23,
    GL: 18, GR: 27, GT: 28, HN: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26, IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28,
    LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, LY: 25, MC: 27, MD: 24, ME: 22, MK: 19, MN: 20, MR: 27, MT: 31, MU: 30, NI: 28,
    NL: 18, NO: 15, OM: 23, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29, RO: 24, RS: 22, RU: 33, SA: 24, SC: 31, SD: 18, SE: 24,
    SI: 19, SK: 24, SM: 27, SO: 23, ST: 25, SV: 28, TL: 23, TN: 24, TR: 26, UA: 29, VA: 22, VG: 24, XK: 20, YE: 30,
    AX: 18, BL: 27, GF: 27, GP: 27, MF: 27, MQ: 27, NC: 27, PF: 27, PM: 27, RE: 27, TF: 27, WF: 27, YT: 27,
  } as Readonly<Record<string, number>>,
  bban: {
    AD: '4!n4!n12!c', AE: '3!n16!n', AL: '8!n16!c', AT: '5!n11!n', AZ: '4!a20!c', BA: '3!n3!n8!n2!n', BE: '3!n7!n2!n',
    BG: '4!a4!n2!n8!c', BH: '4!a14!c', BR: '8!n5!n10!n1!a1!c', CH: '5!n12!c', CR: '4!n14!n', CY: '3!n5!n16!c',
    CZ: '4!n6!n10!n', DE: '8!n10!n', DK: '4!n9!n1!n', DO: '4!c20!n', EE: '2!n2!n11!n1!n', ES: '4!n4!n1!n1!n10!n',
    FI: '3!n11!n', FO: '4!n9!n1!n', FR: '5!n5!n11!c2!n', GB: '4!a6!n8!n', GE: '2!a16!n', GI: '4!a15!c', GL: '4!n9!n1!n',
    GR: '3!n4!n16!c', GT: '4!c20!c', HR: '7!n10!n', HU: '3!n4!n1!n15!n1!n', IE: '4!a6!n8!n', IL: '3!n3!n13!n',
    IS: '4!n2!n6!n10!n', IT: '1!a5!n5!n12!c', JO: '4!a4!n18!c', KW: '4!a22!c', KZ: '3!n13!c', LB: '4!n20!c', LI: '5!n12!c',
    LT: '5!n11!n', LU: '3!n13!c', LV: '4!a13!c', MC: '5!n5!n11!c2!n', MD: '2!c18!c', ME: '3!n13!n2!n', MK: '3!n10!c2!n',
    MR: '5!n5!n11!n2!n', MT: '4!a5!n18!c', MU: '4!a2!n2!n12!n3!n3!a', NL: '4!a10!n', NO: '4!n6!n1!n', PK: '4!a16!c',
    PL: '8!n16!n', PS: '4!a21!c', PT: '4!n4!n11!n2!n', QA: '4!a21!c', RO: '4!a16!c', RS: '3!n13!n2!n', SA: '2!n18!c',
    SE: '3!n16!n1!n', SI: '5!n8!n2!n', SK: '4!n6!n10!n', SM: '1!a5!n5!n12!c', TL: '3!n14!n2!n', TN: '2!n3!n13!n2!n',
    TR: '5!n1!n16!c', UA: '6!n19!c', VG: '4!a16!n', XK: '4!n10!n2!n',
  } as Readonly<Record<string, string>>,
} as const;
