import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/api/create-app.js';
import { openStore, type Store } from '../src/store/open-store.js';
import { ApiClient, harness, leadBody, PASSWORD, seed, TEST_SCRYPT } from './api-harness.js';

describe('workbench API: login, sessions, CSRF, malformed requests', () => {
  let store: Store;
  let h: Awaited<ReturnType<typeof harness>>;
  beforeAll(async () => {
    store = await openStore({ memory: true });
    h = await harness(store);
  });
  afterAll(() => store.close());

  it('logs in with a secure, HttpOnly, SameSite=Strict session cookie and returns a CSRF token', async () => {
    const c = h.client();
    const r = await c.login('invA');
    expect(r.status).toBe(200);
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^piguard_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Secure/);
    expect(r.body).toMatchObject({ user: { username: 'invA', role: 'investigator', unitId: h.seed.unitA } });
    expect(String(r.body.csrfToken)).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(JSON.stringify(r.body)).not.toContain('password');
    const me = await c.call('GET', '/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ user: { username: 'invA' }, csrfToken: r.body.csrfToken });
  });

  it('answers a wrong password and an unknown user alike, with 401', async () => {
    const wrong = await h.client().login('revA', 'not the password');
    const unknown = await h.client().login('nobody-here', 'not the password');
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers.get('set-cookie')).toBeNull();
  });

  it('stores only a hash of the session token', async () => {
    const c = h.client();
    await c.login('roA');
    const token = c.cookie?.split('=')[1] ?? '';
    const rows = await store.db.selectFrom('sessions').select('id_hash').execute();
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((r) => r.id_hash === token)).toBe(false);
  });

  it('ends the session on logout: the old cookie is refused afterwards', async () => {
    const c = await h.as('roA');
    expect((await c.call('POST', '/api/auth/logout')).status).toBe(204);
    expect((await c.call('GET', '/api/auth/me')).status).toBe(401);
  });

  it('refuses unsafe requests without the CSRF token or from another origin', async () => {
    const c = await h.as('invA');
    const noToken = await c.call('POST', '/api/leads', leadBody(), { 'x-csrf-token': '' });
    expect(noToken.status).toBe(403);
    expect(noToken.body).toMatchObject({ error: { code: 'E_CSRF' } });
    const wrongToken = await c.call('POST', '/api/leads', leadBody(), { 'x-csrf-token': 'x'.repeat(32) });
    expect(wrongToken.status).toBe(403);
    const crossSite = await c.call('POST', '/api/leads', leadBody(), { origin: 'https://evil.example', host: 'localhost' });
    expect(crossSite.body).toMatchObject({ error: { code: 'E_CSRF', message: 'cross-origin request refused' } });
    const sameSite = await c.call('POST', '/api/leads', leadBody(), { origin: 'http://localhost', host: 'localhost' });
    expect(sameSite.status).toBe(201);
  });

  it('answers malformed requests with a 4xx and a message that names the problem', async () => {
    const c = await h.as('invA');
    const badJson = await c.call('POST', '/api/leads', '{"title": ');
    expect(badJson).toMatchObject({ status: 400, body: { error: { code: 'E_BAD_REQUEST', message: 'the body is not valid JSON' } } });
    const notJson = await c.call('POST', '/api/leads', 'title=x', { 'content-type': 'application/x-www-form-urlencoded' });
    expect(notJson).toMatchObject({ status: 415, body: { error: { code: 'E_UNSUPPORTED_MEDIA' } } });
    const invalid = await c.call('POST', '/api/leads', { ...leadBody(), peopleAffected: -3, subject: { name: '', type: 'planet' } });
    expect(invalid.status).toBe(400);
    const paths = (invalid.body.error as { issues: { path: string }[] }).issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['body.peopleAffected', 'body.subject.name', 'body.subject.type']));
    const unknownType = await c.call('POST', '/api/leads', { ...leadBody(), piTypes: ['PI.NOT.A.TYPE'] });
    expect(unknownType.body).toMatchObject({ error: { code: 'E_VALIDATION', message: expect.stringContaining('body.piTypes') } });
    const huge = await c.call('POST', '/api/leads', { ...leadBody(), title: 'x'.repeat(70 * 1024) });
    expect(huge).toMatchObject({ status: 413, body: { error: { code: 'E_TOO_LARGE' } } });
    const badQuery = await c.call('GET', '/api/leads?limit=abc');
    expect(badQuery).toMatchObject({ status: 400, body: { error: { message: expect.stringContaining('query.limit') } } });
    const noRoute = await c.call('GET', '/api/nothing-here');
    expect(noRoute).toMatchObject({ status: 404, body: { error: { code: 'E_NOT_FOUND' } } });
  });

  it('never echoes a submitted value in a validation message', async () => {
    const c = await h.as('invA');
    const secret = '110105194912310021';
    const r = await c.call('POST', '/api/leads', { ...leadBody(), title: 5, riskLevel: secret });
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).not.toContain(secret);
  });
});

describe('workbench API: rate-limited login', () => {
  it('locks an account after 5 failures with 429 and Retry-After, even for the right password, until the window passes', async () => {
    const store = await openStore({ memory: true });
    let now = new Date('2026-01-01T00:00:00Z').getTime();
    const { app } = createApp({ store, scryptCost: TEST_SCRYPT, clock: () => new Date(now) });
    await seed(store);
    const c = new ApiClient(app);
    for (let i = 0; i < 5; i++) expect((await c.login('invA', 'wrong password')).status).toBe(401);
    const locked = await c.login('invA', PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    now += 16 * 60_000;
    expect((await c.login('invA', PASSWORD)).status).toBe(200);
    const failures = await store.db.selectFrom('audit_log').select('action').where('action', '=', 'auth.login-failed').execute();
    expect(failures).toHaveLength(5);
    await store.close();
  });
});
