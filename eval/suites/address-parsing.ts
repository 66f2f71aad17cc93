import type { Analyzer } from '@piguard/core';
import { scoreDocuments, type Miss, type VariantResult } from '../scoring/score-documents.js';
import type { EvalDocument } from '../scoring/eval-document.js';
import { addCount, type TypeCounts } from '../scoring/type-counts.js';
import { readDataFile } from '../vectors/read-data.js';
import type { Suite } from './suite.js';

const ADDRESS = 'PI.BASIC.ADDRESS';
const PRECISE = 'PI.BASIC.ADDRESS precise (L6+)';
// Labels of the set that place an address at a door or deeper (pi-taxonomy §4.2 L6–L11).
const PRECISE_LABELS = new Set(['roadno', 'subroadno', 'houseno', 'cellno', 'floorno', 'roomno']);

interface Address {
  text: string;
  labels: Set<string>;
}

/** The addresses of the token-per-line file: tokens joined, one text per blank-line-separated block. */
function addresses(raw: string): Address[] {
  return raw
    .split(/\r?\n\s*\r?\n/)
    .map((block) => {
      const lines = block.split(/\r?\n/).filter((l) => l.trim() !== '');
      const labels = new Set(
        lines.map((l) =>
          l
            .slice(l.lastIndexOf(' ') + 1)
            .replace(/^[BIES]-/, '')
            .toLowerCase(),
        ),
      );
      return { text: lines.map((l) => l.slice(0, l.lastIndexOf(' '))).join(''), labels };
    })
    .filter((a) => a.text.length > 0);
}

/** Whether the reported depth agrees with the gold components: precise (L6+) or not, per address. */
function depthVariant(list: readonly Address[], analyzer: Analyzer): VariantResult {
  const counts: TypeCounts = new Map();
  const misses: Miss[] = [];
  list.forEach((a, i) => {
    const gold = [...a.labels].some((l) => PRECISE_LABELS.has(l));
    const found = analyzer.analyze(a.text).filter((f) => f.piType === ADDRESS);
    const predicted = found.some((f) => f.attributes.precise === true);
    if (gold && predicted) addCount(counts, PRECISE, 'tp');
    else if (gold) addCount(counts, PRECISE, 'fn');
    else if (predicted) addCount(counts, PRECISE, 'fp');
    else addCount(counts, PRECISE, 'tp', 0);
    if (gold !== predicted) misses.push({ document: `address#${i}`, kind: gold ? 'missed' : 'spurious', type: PRECISE, value: a.text });
  });
  return { variant: 'depth: precise (L6+) or not', documents: list.length, exact: counts, overlap: counts, misses };
}

/**
 * Neural Chinese Address Parsing dev (Li et al., NAACL 2019): every line is one user-entered address, so the
 * gold is the whole line. Exact = the finding is the whole address; overlap = some of it was found. A second
 * variant checks the reported depth: an address whose gold has a road number, house, cell, floor or room is
 * precise (L6+). Evaluation only.
 */
export const addressParsingSuite: Suite = {
  id: 'address-parsing',
  description: 'chinese_address_parsing dev (2,985 user-entered addresses), whole line → PI.BASIC.ADDRESS, and its depth',
  folder: 'dev/chinese_address_parsing',
  run({ dataDir, analyzer }) {
    const list = addresses(readDataFile(dataDir, 'dev/chinese_address_parsing/dev.txt'));
    const docs: EvalDocument[] = list.map((a, i) => ({
      id: `address#${i}`,
      text: a.text,
      gold: [{ type: ADDRESS, start: 0, end: a.text.length }],
    }));
    return [scoreDocuments('addresses', docs, analyzer, new Set([ADDRESS])), depthVariant(list, analyzer)];
  },
};
