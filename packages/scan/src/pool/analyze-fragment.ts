import type { Analyzer, Finding } from '@piguard/core';
import type { Fragment } from '../fragment.js';
import { advancePosition, type TextPosition } from '../text-position.js';
import type { CellAnalysisCache } from './cell-analysis-cache.js';
import { blockOf, countNonEmptyLines, findBlocks } from './record-blocks.js';

/** A finding located in its source (line and column for text; a cell's fragment locates it instead). */
export interface FragmentFinding extends Finding {
  line?: number;
  column?: number;
}

/** What analysing one fragment gives: its findings in text order and how many records its text holds. */
export interface FragmentResult {
  findings: FragmentFinding[];
  /**
   * The key of each finding's record within the source (same index as `findings`); absent when the
   * fragment names its record (`fragment.record`), which all its findings share.
   */
  recordKeys?: string[];
  /** Records of a text without `fragment.record` (blocks or rows); 0 when the fragment names its record. */
  records: number;
  /**
   * Each finding's fingerprint from the finding alone (`findingFingerprint`, same index as `findings`), when
   * the pool was given the scan's key: made beside the analysis so that the people counter need not.
   */
  fingerprints?: string[];
}

/**
 * Analyses a fragment and locates its findings. Findings that start in the overlap with a neighbouring
 * fragment are dropped (the neighbour reports them). Records of a text without a record id: each
 * blank-line-separated block is one record, unless two of its lines hold values of the same type (a list of
 * people, a log, a table without delimiters we know), in which case each non-empty line is a record.
 * Cells go through `cells` when given (the values a table repeats are analysed once).
 */
export function analyzeFragment(analyzer: Analyzer, fragment: Fragment, cells?: CellAnalysisCache): FragmentResult {
  const { text } = fragment;
  const from = fragment.overlap?.before ?? 0;
  const to = text.length - (fragment.overlap?.after ?? 0);
  const raw =
    cells && fragment.cell
      ? cells.analyze(text, fragment.context)
      : analyzer.analyze(text, fragment.context ? { context: fragment.context } : undefined);
  const kept = raw.filter((f) => f.start >= from && f.start < to).sort((a, b) => a.start - b.start);
  const base = fragment.offset ?? 0;

  const lines: number[] = [];
  // The analyzer's findings are fresh objects: located in place rather than copied (a table scan makes
  // millions), which also keeps their fields in the analyzer's order.
  const findings = kept as FragmentFinding[];
  let pos: TextPosition = { line: fragment.line ?? 1, column: fragment.column ?? 1 };
  let at = 0;
  for (const f of findings) {
    if (!fragment.cell) {
      pos = advancePosition(text, at, f.start, pos);
      at = f.start;
    }
    lines.push(pos.line);
    f.start += base;
    f.end += base;
    if (!fragment.cell) {
      f.line = pos.line;
      f.column = pos.column;
    }
  }
  if (fragment.record !== undefined) return { findings, records: 0 };
  const blocks = findBlocks(text, from, to);
  // The first block continues one that began in an earlier fragment: same record key, and counted there.
  const continued = fragment.blockStart !== undefined && fragment.blockStart < base + from ? fragment.blockStart : undefined;
  let records = blocks.starts.length - (continued === undefined ? 0 : 1);
  // Group finding indexes by block, then decide per block whether its lines are rows.
  const byBlock = new Map<number, number[]>();
  findings.forEach((f, i) => {
    const b = blockOf(blocks, f.start - base);
    const list = byBlock.get(b);
    if (list) list.push(i);
    else byBlock.set(b, [i]);
  });
  const recordKeys = new Array<string>(findings.length);
  for (const [b, indexes] of byBlock) {
    const linesByType = new Map<string, Set<number>>();
    let rows = false;
    for (const i of indexes) {
      const piType = findings[i]?.piType ?? '';
      const set = linesByType.get(piType) ?? new Set<number>();
      set.add(lines[i] ?? 0);
      linesByType.set(piType, set);
      if (set.size >= 2) rows = true;
    }
    const blockStart = blocks.starts[b] ?? from;
    const sameAsBefore = b === 0 && continued !== undefined;
    if (rows) {
      const blockEnd = blocks.starts[b + 1] ?? blocks.end;
      records += countNonEmptyLines(text, blockStart, blockEnd) - (sameAsBefore ? 0 : 1);
      for (const i of indexes) recordKeys[i] = `L${lines[i]}`;
    } else {
      const key = `B${sameAsBefore ? continued : base + blockStart}`;
      for (const i of indexes) recordKeys[i] = key;
    }
  }
  return { findings, recordKeys, records };
}
