import type { ScanIssue } from '@piguard/scan';

/** One issue as a line on stderr, for formats whose output has no place for issues (jsonl, csv). */
export function issueLine(issue: ScanIssue): string {
  return `piguard: ${issue.severity} ${issue.code} ${issue.source}: ${issue.message}\n`;
}
