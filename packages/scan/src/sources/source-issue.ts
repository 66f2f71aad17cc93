import type { ScanIssue } from '../scan-issue.js';

/** Turns a failed read (an errno error or anything else) into the issue reported for that source. */
export function issueFromError(source: string, error: unknown): ScanIssue {
  const code = (error as { code?: unknown } | undefined)?.code;
  const message = error instanceof Error ? error.message : String(error);
  switch (code) {
    case 'ENOENT':
      return { source, code: 'E_NOT_FOUND', message: 'no such file or directory', severity: 'error' };
    case 'EACCES':
    case 'EPERM':
      return { source, code: 'E_PERMISSION', message: 'permission denied', severity: 'error' };
    case 'ELOOP':
      return { source, code: 'E_SOURCE_UNREADABLE', message: 'symbolic link loop', severity: 'note' };
    default:
      return {
        source,
        code: 'E_SOURCE_UNREADABLE',
        message: typeof code === 'string' ? `${code}: ${message}` : message,
        severity: 'error',
      };
  }
}
