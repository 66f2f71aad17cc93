import type { PeopleCounter } from '@piguard/core';
import type { Fragment } from '../fragment.js';
import type { FragmentResult } from '../pool/analyze-fragment.js';
import type { ScanFinding } from './scan-finding.js';

interface OpenRecord {
  source: string;
  key: string;
  findings: ScanFinding[];
  /** The findings' fingerprints from the pool (same index), when it made them. */
  fingerprints: Array<string | undefined>;
}

/**
 * Turns analysed fragments, in source order, into records for the people counter, and hands each finding
 * on once its record is complete (the counter may promote its class and sets its fingerprint). Only the
 * open record is held in memory: a record is complete when the next record key appears.
 */
export class RecordAssembler {
  records = 0;
  findings = 0;
  private open: OpenRecord | undefined;
  // The source and record id of the last fragment that named its record. Compared as a pair: joining them
  // into one string per table cell cost a concatenation and a comparison of two long strings for each.
  private lastSource: string | undefined;
  private lastRecord: string | undefined;
  private readonly counter: PeopleCounter;
  private readonly emit: (finding: ScanFinding) => void;

  constructor(counter: PeopleCounter, emit: (finding: ScanFinding) => void) {
    this.counter = counter;
    this.emit = emit;
  }

  /** Adds one fragment's result; its findings become the scan's (located in their source, not copied). */
  add(fragment: Fragment, result: FragmentResult): void {
    const { source, cell } = fragment;
    if (fragment.record !== undefined) {
      if (fragment.record !== this.lastRecord || source !== this.lastSource) this.records++;
      this.lastSource = source;
      this.lastRecord = fragment.record;
    } else {
      this.records += result.records;
    }
    const { findings, recordKeys, fingerprints } = result;
    for (let i = 0; i < findings.length; i++) {
      const key = recordKeys?.[i] ?? fragment.record ?? '';
      if (this.open && (this.open.key !== key || this.open.source !== source)) this.flush();
      this.open ??= { source, key, findings: [], fingerprints: [] };
      const finding = findings[i] as ScanFinding;
      finding.source = source;
      if (cell) finding.cell = cell;
      this.open.findings.push(finding);
      this.open.fingerprints.push(fingerprints?.[i]);
    }
  }

  /**
   * Adds the records of a file an earlier scan finished (a resumed or incremental scan): counted and handed
   * on as if read again. `recordCount` includes the records without findings.
   */
  replay(records: readonly ScanFinding[][], recordCount: number): void {
    this.flush();
    this.records += recordCount;
    for (const findings of records) {
      const first = findings[0];
      if (!first) continue;
      this.counter.addRecord({ source: first.source, findings });
      for (const f of findings) {
        this.findings++;
        this.emit(f);
      }
    }
  }

  /** Completes the open record. */
  flush(): void {
    const record = this.open;
    if (!record) return;
    this.open = undefined;
    this.counter.addRecord({ source: record.source, findings: record.findings, fingerprints: record.fingerprints });
    for (const f of record.findings) {
      this.findings++;
      this.emit(f);
    }
  }
}
