import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../store/open-store.js';
import { defaultDataDir } from './data-dir.js';
import { startWorkbench } from './start-workbench.js';

describe('startWorkbench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'piguard-wb-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the admin with a one-time password on the first run only, and serves the API and the UI over HTTP', async () => {
    const ui = join(dir, 'ui');
    mkdirSync(join(ui, 'assets'), { recursive: true });
    writeFileSync(join(ui, 'index.html'), '<!doctype html><title>工作台</title>');
    writeFileSync(join(ui, 'assets', 'app.js'), 'console.log(1)');
    const first = await startWorkbench({ port: 0, dataDir: join(dir, 'data'), env: { XDG_CONFIG_HOME: dir }, uiDir: ui });
    try {
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(first.firstRun?.username).toBe('admin');
      const password = first.firstRun?.password ?? '';
      expect(password.length).toBeGreaterThanOrEqual(20);
      const login = await fetch(`${first.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password }),
      });
      expect(login.status).toBe(200);
      expect(await fetch(`${first.url}/api/leads`).then((r) => r.status)).toBe(401);
      const page = await fetch(`${first.url}/cases/123`);
      expect(await page.text()).toContain('工作台');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect((await fetch(`${first.url}/assets/app.js`)).headers.get('content-type')).toContain('javascript');
      expect((await fetch(`${first.url}/..%2f..%2fetc%2fpasswd.txt`)).status).toBe(404);
      const stored = await first.store.db.selectFrom('users').select('password_hash').executeTakeFirstOrThrow();
      expect(stored.password_hash).not.toContain(password);
    } finally {
      await first.close();
    }
    // A job that was running when the server stopped is marked interrupted on the next start.
    const offline = await openStore({ dataDir: join(dir, 'data') });
    const user = await offline.db.selectFrom('users').select(['id', 'unit_id']).executeTakeFirstOrThrow();
    await offline.db
      .insertInto('scans')
      .values({
        id: 's1',
        unit_id: user.unit_id,
        kind: 'web',
        targets: '[]',
        status: 'running',
        progress: '{}',
        summary: null,
        created_by: user.id,
        created_at: '',
        finished_at: null,
      })
      .execute();
    await offline.close();
    const again = await startWorkbench({ port: 0, dataDir: join(dir, 'data'), env: { XDG_CONFIG_HOME: dir }, uiDir: ui });
    expect(again.firstRun).toBeUndefined();
    expect(await again.store.db.selectFrom('scans').select('status').where('id', '=', 's1').executeTakeFirst()).toEqual({
      status: 'interrupted',
    });
    await again.close();
  });

  it('says the UI is not built instead of failing when there is no built UI', async () => {
    const wb = await startWorkbench({ port: 0, dataDir: join(dir, 'data2'), env: { XDG_CONFIG_HOME: dir }, uiDir: join(dir, 'missing') });
    try {
      const r = await fetch(`${wb.url}/`);
      expect(r.status).toBe(503);
      expect(await r.text()).toContain('npm run build');
    } finally {
      await wb.close();
    }
  });

  it('takes the data directory from PIGUARD_DATA_DIR, else the per-user data folder', () => {
    expect(defaultDataDir({ PIGUARD_DATA_DIR: '/srv/pg' }, 'linux')).toBe('/srv/pg');
    expect(defaultDataDir({ XDG_DATA_HOME: '/x' }, 'linux')).toBe('/x/piguard');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toContain('piguard');
  });
});
