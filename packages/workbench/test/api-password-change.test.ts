import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/create-app.js';
import { bootstrapAdmin } from '../src/server/bootstrap-admin.js';
import type { Store } from '../src/store/open-store.js';
import { ApiClient, TEST_SCRYPT } from './api-harness.js';
import { storeBackends } from './store-backends.js';

const backends = await storeBackends('workbench forced password change');

describe.each(backends)('workbench: a temporary password must be changed first, on $name', (backend) => {
  let store: Store;
  let app: ReturnType<typeof createApp>['app'];
  let firstPassword = '';
  const newAdminPassword = 'the admin chose this one';

  beforeAll(async () => {
    store = await backend.open();
    const made = createApp({ store, scryptCost: TEST_SCRYPT });
    app = made.app;
    const first = await bootstrapAdmin(store, made.deps.audit, TEST_SCRYPT);
    firstPassword = first?.password ?? '';
  });
  afterAll(() => store.close());

  it('the bootstrapped admin logs in but may do nothing but read who they are, log out or change the password', async () => {
    const admin = new ApiClient(app);
    const login = await admin.login('admin', firstPassword);
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ username: 'admin', mustChangePassword: true });
    const refused = await admin.call('GET', '/api/units');
    expect(refused).toMatchObject({
      status: 403,
      body: { error: { code: 'E_PASSWORD_CHANGE_REQUIRED', message: 'change your temporary password first (POST /api/auth/password)' } },
    });
    expect((await admin.call('POST', '/api/units', { name: '不应创建' })).status).toBe(403);
    expect(await store.db.selectFrom('units').select('name').execute()).toHaveLength(1);
    expect((await admin.call('GET', '/api/auth/me')).body).toMatchObject({ user: { mustChangePassword: true } });

    const wrong = await admin.call('POST', '/api/auth/password', { currentPassword: 'not it at all', newPassword: newAdminPassword });
    expect(wrong).toMatchObject({
      status: 400,
      body: { error: { issues: [{ path: 'body.currentPassword', message: 'wrong password' }] } },
    });
    const same = await admin.call('POST', '/api/auth/password', { currentPassword: firstPassword, newPassword: firstPassword });
    expect(same).toMatchObject({ status: 400, body: { error: { issues: [{ path: 'body.newPassword' }] } } });
    const short = await admin.call('POST', '/api/auth/password', { currentPassword: firstPassword, newPassword: 'short' });
    expect(short.status).toBe(400);

    // A second session opened with the one-time password ends when the password changes; this one goes on.
    const other = new ApiClient(app);
    await other.login('admin', firstPassword);
    const changed = await admin.call('POST', '/api/auth/password', { currentPassword: firstPassword, newPassword: newAdminPassword });
    expect(changed).toMatchObject({ status: 200, body: { user: { mustChangePassword: false } } });
    expect((await admin.call('GET', '/api/units')).status).toBe(200);
    expect((await other.call('GET', '/api/auth/me')).status).toBe(401);
    expect((await new ApiClient(app).login('admin', firstPassword)).status).toBe(401);
    const again = await new ApiClient(app).login('admin', newAdminPassword);
    expect(again.body.user).toMatchObject({ mustChangePassword: false });
  });

  it('a user an admin creates with a password, or whose password an admin resets, must change it; temporaryPassword: false opts out', async () => {
    const admin = new ApiClient(app);
    await admin.login('admin', newAdminPassword);
    const unitId = ((await admin.call('GET', '/api/units')).body.units as { id: string }[])[0]?.id ?? '';
    const made = await admin.call('POST', '/api/users', {
      username: 'li',
      displayName: '李',
      password: 'temporary long secret',
      role: 'investigator',
      unitId,
    });
    expect(made.status).toBe(201);
    await admin.call('POST', '/api/users', {
      username: 'zhao',
      displayName: '赵',
      password: 'a password zhao chose',
      role: 'read-only',
      unitId,
      temporaryPassword: false,
    });
    const li = new ApiClient(app);
    expect((await li.login('li', 'temporary long secret')).body.user).toMatchObject({ mustChangePassword: true });
    expect((await li.call('GET', '/api/leads')).status).toBe(403);
    expect(
      (await li.call('POST', '/api/auth/password', { currentPassword: 'temporary long secret', newPassword: 'li has a new one' })).status,
    ).toBe(200);
    expect((await li.call('GET', '/api/leads')).status).toBe(200);
    const zhao = new ApiClient(app);
    expect((await zhao.login('zhao', 'a password zhao chose')).body.user).toMatchObject({ mustChangePassword: false });
    expect((await zhao.call('GET', '/api/leads')).status).toBe(200);

    expect((await admin.call('PATCH', `/api/users/${made.body.id as string}`, { password: 'reset by the admin' })).status).toBe(200);
    const reset = new ApiClient(app);
    expect((await reset.login('li', 'reset by the admin')).body.user).toMatchObject({ mustChangePassword: true });
    expect((await reset.call('GET', '/api/cases')).status).toBe(403);

    // Wrong current passwords count like failed logins: the fifth locks the account name (429).
    const guesses: number[] = [];
    for (let i = 0; i < 5; i++) {
      guesses.push(
        (await reset.call('POST', '/api/auth/password', { currentPassword: `guess ${i}`, newPassword: 'li guessed her way' })).status,
      );
    }
    expect(guesses).toEqual([400, 400, 400, 400, 400]);
    const locked = await reset.call('POST', '/api/auth/password', {
      currentPassword: 'reset by the admin',
      newPassword: 'li guessed her way',
    });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await new ApiClient(app).login('li', 'reset by the admin')).status).toBe(429);

    const audit = JSON.stringify(await store.db.selectFrom('audit_log').selectAll().execute());
    for (const secret of [firstPassword, newAdminPassword, 'temporary long secret', 'li has a new one', 'reset by the admin']) {
      expect(audit).not.toContain(secret);
    }
    expect(audit).toContain('auth.password-change');
    expect((await admin.call('GET', '/api/audit/verify')).body).toMatchObject({ ok: true });
  });
});
