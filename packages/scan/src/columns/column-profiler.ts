import { type Analyzer, createAnalyzer } from '@piguard/core';
import type { Fragment } from '../fragment.js';
import { type ColumnClassification, classifyColumn } from './classify-column.js';

/** A classified column of a tabular source (CSV, sheet, database table). */
export interface ColumnProfile {
  source: string;
  /** Table (database) or sheet (workbook) when the source has several. */
  table?: string;
  classification: ColumnClassification;
}

export interface ColumnProfilerOptions {
  /** Values kept per column for classification (default 1000). */
  sampleSize?: number;
  analyzer?: Analyzer;
}

interface Column {
  source: string;
  table: string | undefined;
  name: string;
  values: string[];
  seen: number;
}

/**
 * Classifies the columns of tabular sources from the fragments a scan reads anyway: feed it every
 * fragment (it keeps those located by `cell.column`, up to a sample per column, in memory only) and ask
 * for the profiles at the end. Reporters get masked samples, never the values.
 */
export class ColumnProfiler {
  private readonly columns = new Map<string, Column>();
  private readonly sampleSize: number;
  private readonly analyzer: Analyzer | undefined;

  constructor(options: ColumnProfilerOptions = {}) {
    this.sampleSize = options.sampleSize ?? 1000;
    this.analyzer = options.analyzer;
  }

  /** Takes note of a fragment; fragments that are not table cells are ignored. */
  add(f: Fragment): void {
    const name = f.cell?.column;
    if (name === undefined) return;
    const table = f.cell?.table ?? f.cell?.sheet;
    const key = `${f.source}\u0000${table ?? ''}\u0000${name}`;
    let col = this.columns.get(key);
    if (!col) {
      col = { source: f.source, table, name, values: [], seen: 0 };
      this.columns.set(key, col);
    }
    col.seen++;
    if (col.values.length < this.sampleSize) col.values.push(f.text);
  }

  /** The classification of every column seen, in the order first seen. */
  profiles(): ColumnProfile[] {
    const analyzer = this.analyzer ?? createAnalyzer();
    return [...this.columns.values()].map((c) => ({
      source: c.source,
      ...(c.table !== undefined ? { table: c.table } : {}),
      classification: classifyColumn(c.name, c.values, analyzer),
    }));
  }
}
