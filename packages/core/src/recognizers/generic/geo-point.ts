import type { Candidate } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';
import { nearbyWords } from './nearby-words.js';

// Short keys carry their punctuation ('lat=' not 'lat', which is inside "platform" and "translate").
const GEO_WORDS = [
  '经纬度',
  '經緯度',
  '坐标',
  '座標',
  '坐標',
  '定位',
  '位置',
  '经度',
  '經度',
  '纬度',
  '緯度',
  'gps',
  'lat=',
  'lat:',
  'lat"',
  'lng',
  'lon=',
  'lon:',
  'lon"',
  'latitude',
  'longitude',
  'location',
  'coordinates',
  'geo:',
  'geolocation',
];
const NUM = '-?\\d{1,3}\\.\\d{2,15}';
// "39.9042, 116.4074", "lat=39.9&lng=116.4", "latitude: 39.9, longitude: 116.4", "北纬39.9042°, 东经116.4074°".
const PAIR = new RegExp(
  `(?<![\\d.])(?:[北南]纬|[北南]緯)?(${NUM})°?[NS]?(?:\\s*[,，;/]\\s*|\\s+|["']?\\s*[,&;]\\s*["']?(?:lng|lon|long|longitude)["']?\\s*[:=：]\\s*["']?)(?:[东西]经|[東西]經)?(${NUM})°?[EW]?(?![\\d.])`,
  'gi',
);

function decimals(n: string): number {
  return n.length - n.indexOf('.') - 1;
}

function findPairs(text: string): Candidate[] {
  const out: Candidate[] = [];
  // The module's global regex, restarted (no copy per call): find runs to the end, where null leaves lastIndex at 0.
  const re = PAIR;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const a = m[1]!;
    const b = m[2]!;
    const start = m.index + m[0].indexOf(a);
    const end = m.index + m[0].lastIndexOf(b) + b.length;
    out.push({ value: text.slice(start, end), start, end, pattern: 'pair', baseScore: 0.3 });
    re.lastIndex = end;
  }
  return out;
}

/** A latitude/longitude pair (either order): reported with location context, or alone at ≤ 1 m precision (5 decimals). */
export const geoPoint = defineRecognizer({
  meta: {
    id: 'geo-point',
    entity: 'GEO_POINT',
    piType: 'PI.LOC.POINT',
    country: 'INTL',
    description:
      'Latitude/longitude pair in decimal degrees (lat,lng or lng,lat as Amap/Baidu write it) within range; needs location ' +
      'context unless both values carry at least 5 decimals (about 1 m).',
    references: ['pi-taxonomy.md §2.5 PI.LOC.POINT', 'GB/T 35273-2020 Annex B (精准定位信息)'],
    version: 1,
  },
  prefilter: /\d\.\d{2}/,
  find: findPairs,
  context: { words: GEO_WORDS, negative: ['版本', 'version', '价格', '價格', 'price', '金额', '金額', 'amount', '¥', '$'] },
  validate(value, { text, candidate }) {
    const nums = value.match(/-?\d{1,3}\.\d+/g) ?? [];
    if (nums.length !== 2) return 'invalid';
    const [x, y] = nums.map(Number) as [number, number];
    let order: 'lat,lng' | 'lng,lat';
    if (Math.abs(x) <= 90 && Math.abs(y) <= 180) order = 'lat,lng';
    else if (Math.abs(y) <= 90 && Math.abs(x) <= 180) order = 'lng,lat';
    else return { validation: 'invalid', notes: ['out of range'] };
    if (x === 0 && y === 0) return 'invalid';
    const minDecimals = Math.min(decimals(nums[0]!), decimals(nums[1]!));
    const attributes = { order, precisionDecimals: minDecimals };
    if (minDecimals >= 5) return { validation: 'valid', attributes };
    // Fewer decimals: only with location words in the text. Rejecting here (rather than leaving a 0.3 score below the
    // threshold) keeps a text full of decimal pairs from producing a finding per pair.
    if (nearbyWords(text, candidate.start, candidate.end, GEO_WORDS).length === 0)
      return { validation: 'invalid', notes: ['low precision without location words'] };
    return { validation: 'unchecked', attributes };
  },
});
