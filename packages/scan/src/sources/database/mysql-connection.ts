import mysql from 'mysql2/promise';

/**
 * Connections to MySQL and MariaDB, opened the same way by the scanner (reads) and by database copies
 * (reads and writes): a connect timeout, values as exact strings where a driver would round them, the
 * statement and lock-wait limits of the server, and an error listener (a dropped connection surfaces from the
 * next query instead of crashing the process).
 */

/** A MySQL or MariaDB connection with the session time limits of either server set. */
export async function connectMysql(url: string, statementTimeoutMs: number): Promise<mysql.Connection> {
  const conn = await mysql.createConnection({
    uri: url,
    connectTimeout: statementTimeoutMs,
    dateStrings: true,
    supportBigNumbers: true,
    bigNumberStrings: true,
    charset: 'UTF8MB4_GENERAL_CI',
  });
  conn.on('error', () => undefined);
  const seconds = Math.max(1, Math.ceil(statementTimeoutMs / 1000));
  for (const sql of [
    `SET SESSION max_execution_time = ${Math.floor(statementTimeoutMs)}`,
    `SET SESSION max_statement_time = ${seconds}`,
    `SET SESSION lock_wait_timeout = ${seconds}`,
    `SET SESSION innodb_lock_wait_timeout = ${seconds}`,
  ]) {
    // Each server knows only some of these variables; the others are refused, which is fine.
    await conn.query(sql).catch(() => undefined);
  }
  return conn;
}
