// Mobile segments of the PRC numbering plan (pi-taxonomy.md §3.5; VincentSit/ChinaMobilePhoneNumberRegex, state 2020-05,
// plus 19x segments allocated since). Versioned data: update the entries and bump the version, not the code.
// 11-digit data-only cards (145/147/149) are personal; 13-digit IoT numbers are not and are absent.

type Carrier = 'china-mobile' | 'china-unicom' | 'china-telecom' | 'china-broadnet' | 'satellite';
interface Entry { prefix: string; carrier: Carrier; mvno: boolean }

const seg = (carrier: Carrier, mvno: boolean, ...prefixes: string[]): Entry[] => prefixes.map((prefix) => ({ prefix, carrier, mvno }));

export const mobileSegmentsV1 = {
  name: 'cn-mobile-segments',
  version: '1.0.0',
  source: 'MIIT allocations as compiled by VincentSit/ChinaMobilePhoneNumberRegex (2020-05) and later 19x allocations',
  entries: [
    ...seg('china-mobile', false, '1340', '1341', '1342', '1343', '1344', '1345', '1346', '1347', '1348', '135', '136', '137', '138', '139', '147', '150', '151', '152', '157', '158', '159', '172', '178', '182', '183', '184', '187', '188', '195', '197', '198'),
    ...seg('china-unicom', false, '130', '131', '132', '145', '155', '156', '166', '175', '176', '185', '186', '196'),
    ...seg('china-telecom', false, '133', '1349', '149', '153', '173', '17400', '17401', '17402', '17403', '17404', '17405', '177', '180', '181', '189', '190', '191', '193', '199'),
    ...seg('china-broadnet', false, '192'),
    ...seg('satellite', false, '1749'),
    ...seg('china-mobile', true, '165', '1703', '1705', '1706'),
    ...seg('china-unicom', true, '167', '1704', '1707', '1708', '1709', '171'),
    ...seg('china-telecom', true, '162', '1700', '1701', '1702'),
  ] as readonly Entry[],
} as const;
