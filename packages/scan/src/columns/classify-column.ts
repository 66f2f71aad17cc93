import type { Analyzer, Finding, PiClass } from '@piguard/core';
import { classOf } from '@piguard/core';
import { type NameSignal, nameSignal } from './column-name-hints.js';

/** How sure the classification of a column is, as cloud discovery tools grade it. */
export type ColumnConfidence = 'certain' | 'likely' | 'possible' | 'doubtful' | 'none';

/** A column, classified from its name and a sample of its values. */
export interface ColumnClassification {
  column: string;
  /** The PI type most sampled values hold (or the name suggests, when no value was recognised). */
  piType?: string;
  entity?: string;
  class?: PiClass;
  confidence: ColumnConfidence;
  /** Share of non-empty sampled values that are (almost) wholly a value of `piType`. */
  matchShare: number;
  sampled: number;
  nonEmpty: number;
  matched: number;
  /** Up to three masked examples; never raw values. */
  maskedSamples: string[];
  nameSignal: NameSignal;
}

/** Share of a cell a finding must cover to count as the cell's value (`张三 13800138000` is not a phone column). */
const COVER = 0.6;
const MAX_MASKED_SAMPLES = 3;

/**
 * Classifies a column from its name and sampled values: each value is analysed with the column name as
 * context, the PI type found in most values wins, and the name moves the confidence up (身份证号, id_card)
 * or down (order_id). Values themselves never leave this function; only masked samples do.
 */
export function classifyColumn(column: string, values: Iterable<unknown>, analyzer: Analyzer): ColumnClassification {
  const tally = new ColumnTally(column);
  for (const raw of values) {
    const text = valueText(raw);
    tally.add(text, text.length > 0 ? analyzer.analyze(text, { context: column }) : []);
  }
  return tally.result();
}

/**
 * The running classification of one column, for callers that analyse the values anyway (a database
 * profile also links each row's findings to people): add each sampled value with its findings.
 */
export class ColumnTally {
  private readonly column: string;
  private readonly counts = new Map<string, { n: number; entity: string; cls: PiClass; masked: string[] }>();
  private sampled = 0;
  private nonEmpty = 0;

  constructor(column: string) {
    this.column = column;
  }

  /** Counts one sampled value (empty for NULL) and the findings of analysing it. */
  add(text: string, findings: readonly Finding[]): void {
    this.sampled++;
    if (text.length === 0) return;
    this.nonEmpty++;
    const best = wholeCellFinding(findings, text.length);
    if (!best) return;
    const c = this.counts.get(best.piType) ?? { n: 0, entity: best.entity, cls: best.class, masked: [] };
    c.n++;
    if (c.masked.length < MAX_MASKED_SAMPLES) c.masked.push(best.masked);
    this.counts.set(best.piType, c);
  }

  /** The classification of the values added so far. */
  result(): ColumnClassification {
    const { column, sampled, nonEmpty } = this;
    const signal = nameSignal(column);
    let top: [string, { n: number; entity: string; cls: PiClass; masked: string[] }] | undefined;
    for (const e of this.counts) if (!top || e[1].n > top[1].n) top = e;
    const base = { column, sampled, nonEmpty, nameSignal: signal };
    if (!top) {
      if (signal.kind === 'supports' && signal.piType && nonEmpty > 0) {
        return {
          ...base,
          piType: signal.piType,
          class: classOf(signal.piType),
          confidence: 'possible',
          matchShare: 0,
          matched: 0,
          maskedSamples: [],
        };
      }
      return { ...base, confidence: 'none', matchShare: 0, matched: 0, maskedSamples: [] };
    }
    const [piType, c] = top;
    const share = nonEmpty === 0 ? 0 : c.n / nonEmpty;
    return {
      ...base,
      piType,
      entity: c.entity,
      class: c.cls,
      confidence: grade(share, signal, piType),
      matchShare: Math.round(share * 1000) / 1000,
      matched: c.n,
      maskedSamples: c.masked,
    };
  }
}

function grade(share: number, signal: NameSignal, piType: string): ColumnConfidence {
  if (signal.kind === 'doubtful') return share >= 0.95 ? 'possible' : 'doubtful';
  const named = signal.kind === 'supports' && signal.piType !== undefined && sameFamily(signal.piType, piType);
  if (named) return share >= 0.8 ? 'certain' : share >= 0.3 ? 'likely' : 'possible';
  if (share >= 0.8) return 'likely';
  if (share >= 0.3) return 'possible';
  return 'doubtful';
}

/** The name's type and the values' type agree when one is the other or they share their first two segments. */
function sameFamily(a: string, b: string): boolean {
  if (a === b) return true;
  return a.split('.').slice(0, 2).join('.') === b.split('.').slice(0, 2).join('.');
}

function wholeCellFinding(findings: readonly Finding[], length: number): Finding | undefined {
  let best: Finding | undefined;
  for (const f of findings) {
    if ((f.end - f.start) / length < COVER) continue;
    if (!best || f.score > best.score) best = f;
  }
  return best;
}

/** The text of a database or spreadsheet value: strings as they are, numbers and bigints in full, dates as ISO dates. */
export function valueText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '' : v.toISOString().slice(0, 10);
  if (v instanceof Uint8Array) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return '';
}
