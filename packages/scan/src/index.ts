/** @piguard/scan — sources, the scan pipeline and reporters. */
export type { CellLocator, Fragment } from './fragment.js';
export type { ScanIssue, ScanIssueCode } from './scan-issue.js';
export type { Source, SourceSink } from './sources/source.js';
