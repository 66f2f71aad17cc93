import { isPiType, taxonomyEntry } from '@piguard/core';
import { metricsOf, type TypeCounts } from '../scoring/type-counts.js';

const fmt = (x: number): string => (Number.isNaN(x) ? '—' : x.toFixed(3));

// Entity-keyed rows (USCC, IBAN) have no taxonomy entry: the key is the name.
const nameOf = (type: string): string => (isPiType(type) ? taxonomyEntry(type).en : type);

/** A Markdown table of per-type counts and P/R/F1, by exact span and by overlap, rows sorted by type key. */
export function formatTable(exact: TypeCounts, overlap: TypeCounts): string {
  const types = [...new Set([...exact.keys(), ...overlap.keys()])].sort();
  const lines = [
    '| type | name | gold | TP | FP | FN | P | R | F1 | P (overlap) | R (overlap) | F1 (overlap) |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const t of types) {
    const e = exact.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    const o = overlap.get(t) ?? { tp: 0, fp: 0, fn: 0 };
    const me = metricsOf(e);
    const mo = metricsOf(o);
    lines.push(
      `| ${t} | ${nameOf(t)} | ${e.tp + e.fn} | ${e.tp} | ${e.fp} | ${e.fn} | ${fmt(me.precision)} | ${fmt(me.recall)} | ${fmt(me.f1)} | ${fmt(mo.precision)} | ${fmt(mo.recall)} | ${fmt(mo.f1)} |`,
    );
  }
  if (types.length === 0) lines.push('| (no gold spans and no findings) | | | | | | | | | | | |');
  return lines.join('\n');
}
