import pg from 'pg';
import { afterAll } from 'vitest';
import { openStore, type Store } from '../src/store/open-store.js';
import { requireServer, uniqueName } from '../../scan/test/real-server.js';

/** The PostgreSQL server of the real-component tests. */
export const PG_URL = process.env.PIGUARD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** One way of opening a fresh, empty store; `open` may be called once per test file. */
export interface StoreBackend {
  name: 'sqlite' | 'postgres';
  open(): Promise<Store>;
}

/**
 * The backends a suite runs on: in-memory SQLite always, PostgreSQL when reachable (a unique schema per
 * store, dropped after the file's tests; unreachable → loud skip, or a failure with CI=true).
 */
export async function storeBackends(suite: string): Promise<StoreBackend[]> {
  const backends: StoreBackend[] = [{ name: 'sqlite', open: () => openStore({ memory: true }) }];
  const up = await requireServer(`${suite} (PostgreSQL)`, async () => {
    const c = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 3000 });
    await c.connect();
    await c.end();
  });
  if (up) {
    const schemas: string[] = [];
    afterAll(async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      for (const s of schemas) await c.query(`DROP SCHEMA IF EXISTS ${s} CASCADE`);
      await c.end();
    });
    backends.push({
      name: 'postgres',
      open: () => {
        const schema = uniqueName('piguard_wb');
        schemas.push(schema);
        return openStore({ databaseUrl: PG_URL, schema });
      },
    });
  }
  return backends;
}
