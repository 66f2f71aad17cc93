/** A usage or input error, one line on stderr (exit code 2). */
export function usageError(message: string): string {
  return `piguard: ${message}\nRun 'piguard --help' for usage.\n`;
}
