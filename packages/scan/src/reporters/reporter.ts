import type { RecognizerMeta } from '@piguard/core';
import type { ScanIssue } from '../scan-issue.js';
import type { ScanFinding } from '../scan/scan-finding.js';
import type { ScanSummary } from '../scan/create-scan.js';

/** Where a reporter writes: a stream, a file, a string in a test. */
export interface ReportWriter {
  write(chunk: string): void;
}

/** What reporters may be told besides the findings. */
export interface ReporterOptions {
  /** Print raw values. Off by default: reports carry masked previews and fingerprints only. */
  reveal?: boolean;
  /** The recognisers in use (SARIF rules). */
  recognizers?: readonly RecognizerMeta[];
  /** The piguard version, for tool metadata. */
  version?: string;
  /** How many top findings the table shows (default 20). */
  top?: number;
  /** Language of the HTML report (default zh). */
  lang?: 'zh' | 'en';
  /** When the HTML report says it was made (default: now); fixed in tests. */
  generatedAt?: Date;
}

/**
 * A report format, fed as the scan goes: findings in source order, issues, then the summary at the end.
 * Streaming formats write each finding at once and keep nothing; the table keeps only its top findings.
 */
export interface Reporter {
  finding(finding: ScanFinding): void;
  issue(issue: ScanIssue): void;
  end(summary: ScanSummary): void;
}

/** Builds a reporter that writes to `out`. */
export type ReporterFactory = (out: ReportWriter, options?: ReporterOptions) => Reporter;
