import { PiguardError } from '@piguard/core';

/** Error codes of the scan package: bad options, a missing key, a failed analysis. Bad input is a ScanIssue instead. */
export type ScanErrorCode = 'E_CONFIG_INVALID' | 'E_KEY_MISSING' | 'E_ANALYSIS_FAILED';

/** Throws a PiguardError with a scan error code. */
export function scanError(code: ScanErrorCode, message: string, cause?: unknown): PiguardError {
  return new PiguardError(code, message, cause === undefined ? undefined : { cause });
}
