/** Why the exit code is 3: some sources could not be read. */
export function sourcesUnreadable(count: number): string {
  return `piguard: ${count} ${count === 1 ? 'source' : 'sources'} could not be read (listed in the report)\n`;
}
