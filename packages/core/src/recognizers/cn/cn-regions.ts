import { cnRegionsV1 } from '../../data/cn-regions.v1.js';

// Placeholder prefecture names that are not part of a place's name (北京市 + 市辖区 + 朝阳区 reads 北京市朝阳区).
const PLACEHOLDER = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

let table: Map<string, string> | undefined;

// Decoded on first use, not at import, so that loading the core stays cheap for callers that never look up a region.
function regions(): Map<string, string> {
  if (table) return table;
  const map = new Map<string, string>();
  const provinceNames = new Map<string, string>();
  for (const line of cnRegionsV1.provinces.split('\n')) {
    provinceNames.set(line.slice(0, 2), line.slice(2));
    map.set(`${line.slice(0, 2)}0000`, line.slice(2));
  }
  for (const line of cnRegionsV1.prefectures.split('\n')) {
    const bar = line.indexOf('|');
    const code = line.slice(0, 4);
    const province = provinceNames.get(code.slice(0, 2)) ?? '';
    const name = line.slice(4, bar);
    const prefix = PLACEHOLDER.has(name) ? province : province + name;
    map.set(`${code}00`, prefix);
    for (const m of line.slice(bar + 1).matchAll(/(\d{2})(\D+)/g)) map.set(code + m[1], prefix + m[2]);
  }
  table = map;
  return map;
}

/** The full name of a GB/T 2260 code (110105 → 北京市朝阳区), or undefined for a code the table does not hold. */
export function cnRegionName(code: string): string | undefined {
  return regions().get(code);
}

/** How many codes the region table holds (province, prefecture and county level). */
export function cnRegionCount(): number {
  return regions().size;
}
