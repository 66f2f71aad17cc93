/** @piguard/scan — sources, the scan pipeline and reporters. */
export type { CellLocator, Fragment } from './fragment.js';
export type { ScanIssue, ScanIssueCode } from './scan-issue.js';
export type { Source, SourceSink } from './sources/source.js';
export type { FormatReader, ReaderContext, ReaderInput } from './formats/format-reader.js';
export { formatReaders, selectReader } from './formats/index.js';
export { detectEncoding } from './formats/detect-encoding.js';
export type { DetectedEncoding } from './formats/detect-encoding.js';
export { resolveTarget } from './sources/resolve-target.js';
export { createScan } from './scan/create-scan.js';
export type { Scan, ScanProgress, ScanSink, ScanSummary } from './scan/create-scan.js';
export type { ResolvedScanOptions, ScanOptions } from './scan/scan-options.js';
export type { ScanFinding } from './scan/scan-finding.js';
export { loadInstallationSecret, secretBytes, secretPath } from './scan/installation-secret.js';
export type { ScanErrorCode } from './errors.js';
