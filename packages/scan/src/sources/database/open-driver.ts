import type { DatabaseDriver, DriverOptions } from './database-driver.js';
import type { DatabaseTarget } from './database-url.js';

/** Opens the driver for a target; drivers load lazily so a scan of files never loads database clients. */
export async function openDriver(target: DatabaseTarget, options: DriverOptions): Promise<DatabaseDriver> {
  switch (target.kind) {
    case 'sqlite': {
      const { openSqlite } = await import('./sqlite-driver.js');
      return openSqlite(target.path ?? '', options);
    }
    case 'postgres': {
      const { openPostgres } = await import('./postgres-driver.js');
      return openPostgres(target.url, options);
    }
    case 'mysql': {
      const { openMysql } = await import('./mysql-driver.js');
      return openMysql(target.url.replace(/^mariadb:/i, 'mysql:'), options);
    }
  }
}
