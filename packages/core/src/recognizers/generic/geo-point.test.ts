import { describe, it } from 'vitest';
import { recognizerTests } from '../../testing/index.js';
import { geoPoint } from './geo-point.js';

describe('geo-point', () => {
  for (const t of recognizerTests(geoPoint, {
    valid: [
      {
        name: 'high-precision pair without context',
        text: '39.904211, 116.407395',
        expect: [{ value: '39.904211, 116.407395', validation: 'valid', attributes: { order: 'lat,lng' } }],
      },
      { name: 'lng,lat order (Amap)', text: '116.397428,39.90923', expect: [{ attributes: { order: 'lng,lat' } }] },
      {
        name: 'low precision with context',
        text: '定位：31.23, 121.47',
        expect: [{ value: '31.23, 121.47', validation: 'unchecked', minScore: 0.6 }],
      },
      { name: 'query keys', text: 'lat=22.5431&lng=114.0579', expect: [{ value: '22.5431&lng=114.0579' }] },
      { name: 'Chinese hemisphere words', text: '坐标 北纬39.9042°, 东经116.4074°', expect: [{ value: '39.9042°, 东经116.4074' }] },
      { name: 'southern hemisphere', text: 'GPS -33.8688, 151.2093', expect: [{ value: '-33.8688, 151.2093' }] },
    ],
    invalid: [
      { name: 'low precision without context', text: '31.23, 121.47' },
      { name: 'out of range', text: '位置 95.12345, 200.12345' },
      { name: 'prices', text: '价格 12.50, 13.80' },
      { name: 'version numbers', text: '位置 1.2.3' },
      { name: 'low precision near a word containing lat', text: 'platform 12.50, 13.80' },
      { name: 'zero point', text: 'gps 0.00000, 0.00000' },
    ],
  })) {
    it(t.name, t.run);
  }
});
