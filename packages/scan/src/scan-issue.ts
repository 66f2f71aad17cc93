/** Why a source, or part of one, could not be read. Reported per source; the scan goes on. */
export type ScanIssueCode =
  | 'E_SOURCE_UNREADABLE'
  | 'E_NOT_FOUND'
  | 'E_PERMISSION'
  | 'E_BINARY_SKIPPED'
  | 'E_ENCODING'
  | 'E_TOO_LARGE'
  | 'E_CORRUPT'
  | 'E_ENCRYPTED'
  | 'E_ARCHIVE_LIMIT'
  | 'E_TIMEOUT'
  | 'E_CONNECTION'
  | 'E_UNSUPPORTED';

/** One line of the report about a source that was skipped or read only in part. */
export interface ScanIssue {
  source: string;
  code: ScanIssueCode;
  message: string;
  /** Notes (a skipped binary file) do not turn the exit code to 3; errors do. */
  severity: 'error' | 'note';
}
