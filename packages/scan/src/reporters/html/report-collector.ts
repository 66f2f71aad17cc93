import type { ScanIssue } from '../../scan-issue.js';
import type { ScanFinding } from '../../scan/scan-finding.js';
import { findingLocation } from '../finding-json.js';

const SAMPLES_PER_TYPE = 3;
const MAX_SOURCES = 20_000;
const MAX_ISSUES = 500;

/** One source's tally for "top locations". */
export interface SourceTally {
  source: string;
  findings: number;
  sensitive: number;
}

/** A sample finding of one type: where, and its masked preview (or raw value when revealed). */
export interface Sample {
  piType: string;
  entity: string;
  location: string;
  shown: string;
}

/**
 * What the HTML report keeps while the scan streams: counts per source (bounded; sources past the bound are
 * counted together), a few samples per type, and the first issues. Never whole findings.
 */
export class ReportCollector {
  readonly sources = new Map<string, SourceTally>();
  /** Findings in sources past the bound of `sources`. */
  otherSourceFindings = 0;
  readonly samples = new Map<string, Sample[]>();
  readonly issues: ScanIssue[] = [];
  issueCount = 0;

  private readonly reveal: boolean;

  constructor(reveal: boolean) {
    this.reveal = reveal;
  }

  /** Counts one finding and keeps it as a sample when its type has few. */
  finding(f: ScanFinding): void {
    let tally = this.sources.get(f.source);
    if (!tally && this.sources.size < MAX_SOURCES) {
      tally = { source: f.source, findings: 0, sensitive: 0 };
      this.sources.set(f.source, tally);
    }
    if (tally) {
      tally.findings++;
      if (f.class === 'sensitive') tally.sensitive++;
    } else this.otherSourceFindings++;
    let list = this.samples.get(f.piType);
    if (!list) {
      list = [];
      this.samples.set(f.piType, list);
    }
    if (list.length < SAMPLES_PER_TYPE) {
      list.push({ piType: f.piType, entity: f.entity, location: findingLocation(f), shown: this.reveal ? f.value : f.masked });
    }
  }

  /** Keeps the first issues and counts them all. */
  issue(i: ScanIssue): void {
    this.issueCount++;
    if (this.issues.length < MAX_ISSUES) this.issues.push(i);
  }

  /** The sources with the most findings, sensitive ones first among equals. */
  topSources(n: number): SourceTally[] {
    return [...this.sources.values()].sort((a, b) => b.findings - a.findings || b.sensitive - a.sensitive).slice(0, n);
  }
}
