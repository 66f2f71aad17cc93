import type { IdentifierVector } from '../vectors/identifier-vector.js';
import { readDataFile } from '../vectors/read-data.js';
import { runVectors } from '../vectors/run-vectors.js';
import type { Suite } from './suite.js';

const DIR = 'dev/identifier_test_vectors/libphonenumber_cn';
const TERRITORIES = ['CN', 'HK', 'MO', 'TW'] as const;

// A person's line (fixed or mobile) is PI; toll-free, premium, shared-cost and UAN numbers belong to
// businesses (pi-taxonomy §3.5 excludes 400/800); pagers, personal and VoIP numbers are left out.
const PERSONAL = new Set(['fixedLine', 'mobile']);
const CORPORATE = new Set(['tollFree', 'premiumRate', 'sharedCost', 'uan']);

/** The example numbers of one territory's metadata, by number type. */
export function exampleNumbers(xml: string): Array<{ type: string; national: string; countryCode: string }> {
  const countryCode = /countryCode="(\d+)"/.exec(xml)?.[1] ?? '';
  const out: Array<{ type: string; national: string; countryCode: string }> = [];
  for (const m of xml.matchAll(
    /<(fixedLine|mobile|tollFree|premiumRate|sharedCost|uan|pager|personalNumber|voip|voicemail)>[\s\S]*?<exampleNumber>(\d+)<\/exampleNumber>/g,
  )) {
    out.push({ type: m[1]!, national: m[2]!, countryCode });
  }
  return out;
}

// Mainland numbers are written as people write them at home (0 + area code for fixed lines); the others in
// international form. A Beijing/2x subscriber number never starts with 0 or 1 (pi-taxonomy §3.5), so
// libphonenumber's placeholder 010-12345678 is a negative here.
function vectorOf(territory: string, e: { type: string; national: string; countryCode: string }): IdentifierVector | undefined {
  if (!PERSONAL.has(e.type) && !CORPORATE.has(e.type)) return undefined;
  let value = `+${e.countryCode} ${e.national}`;
  let personal = PERSONAL.has(e.type);
  if (territory === 'CN') {
    if (e.type === 'fixedLine') {
      const area = /^(?:10|2\d)/.test(e.national) ? 2 : 3;
      value = `0${e.national.slice(0, area)}-${e.national.slice(area)}`;
      if (/^[01]/.test(e.national.slice(area))) personal = false;
    } else value = e.national;
  }
  return { value, expected: personal ? 'PI.BASIC.PHONE' : null, contextWord: '电话' };
}

/** libphonenumber's example numbers for CN, HK, MO and TW. */
export const libphonenumberSuite: Suite = {
  id: 'libphonenumber',
  description: 'libphonenumber example numbers (CN/HK/MO/TW): fixed and mobile lines positive, toll-free/premium/shared-cost/UAN negative',
  folder: DIR,
  run({ dataDir, analyzer }) {
    const vectors = TERRITORIES.flatMap((t) =>
      exampleNumbers(readDataFile(dataDir, `${DIR}/PhoneNumberMetadata_${t}.xml`)).flatMap((e) => vectorOf(t, e) ?? []),
    );
    return runVectors('libphonenumber', vectors, analyzer);
  },
};
