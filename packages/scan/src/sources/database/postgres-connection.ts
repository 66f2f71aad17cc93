import pg from 'pg';

/**
 * PostgreSQL connections, opened the same way by the scanner (reads) and by database copies (reads and
 * writes): a connect timeout, the types the driver may parse (the rest stay the server's exact text), and an
 * error listener (a dropped connection surfaces from the next query instead of crashing the process). Time
 * limits are set by each caller: per read transaction for scans, per session for copies.
 */

/** Which PostgreSQL values the driver parses; every other type comes back as the server's text. */
export type PgParsedTypes = (oid: number) => boolean;

/** A connected PostgreSQL client; `parsed` says which type OIDs the driver may turn into JS values. */
export async function connectPostgres(
  url: string,
  statementTimeoutMs: number,
  applicationName: string,
  parsed: PgParsedTypes,
): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: statementTimeoutMs,
    application_name: applicationName,
    types: {
      getTypeParser: (oid: number, format?: 'text' | 'binary') => (parsed(oid) ? pg.types.getTypeParser(oid, format) : (v: string) => v),
    } as pg.CustomTypesConfig,
  });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}
