import { deleteCookie, setCookie } from 'hono/cookie';
import { z } from 'zod';
import { hashPassword, verifyPassword } from '../../auth/password-hash.js';
import { createSession, deleteSession, SESSION_TTL_MS, sessionUserOf } from '../../auth/session-store.js';
import { ApiError } from '../api-error.js';
import { defineRoute } from '../define-route.js';
import { passwordSchema } from './admin-routes.js';

/** The session cookie's name. */
export const SESSION_COOKIE = 'piguard_session';

// A fixed hash to verify against when the account does not exist, so that timing tells nothing.
const DUMMY_HASH = 'scrypt$32768$8$3$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

const login = defineRoute({
  method: 'post',
  path: '/api/auth/login',
  summary: 'Log in with a user name and password; sets the session cookie and returns the CSRF token',
  tag: 'auth',
  public: true,
  body: z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(1000) }),
  async handle({ c, deps, body }) {
    const address = c.env?.incoming?.socket.remoteAddress ?? 'local';
    const keys = [`user:${body.username.toLowerCase()}`, `addr:${address}`];
    const wait = deps.limiter.retryAfterMs(keys);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new ApiError('E_RATE_LIMITED', `too many failed logins; try again in ${seconds} s`, {
        headers: { 'Retry-After': String(seconds) },
      });
    }
    const { db } = deps.store;
    const user = await db.selectFrom('users').selectAll().where('username', '=', body.username).executeTakeFirst();
    const ok = await verifyPassword(body.password, user?.password_hash ?? DUMMY_HASH);
    if (!user || !ok || Number(user.disabled) !== 0) {
      deps.limiter.fail(keys);
      await deps.audit.append({
        actorId: user?.id ?? null,
        unitId: user?.unit_id ?? null,
        action: 'auth.login-failed',
        targetType: 'user',
        targetId: user?.id ?? null,
      });
      throw new ApiError('E_BAD_LOGIN', 'wrong user name or password');
    }
    deps.limiter.succeed(keys[0] as string);
    const { token, csrfToken } = await createSession(db, user.id, deps.clock());
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Strict',
      secure: deps.secureCookies,
      path: '/',
      maxAge: SESSION_TTL_MS / 1000,
    });
    await deps.audit.append({ actorId: user.id, unitId: user.unit_id, action: 'auth.login', targetType: 'user', targetId: user.id });
    return { user: sessionUserOf(user), csrfToken };
  },
});

const logout = defineRoute({
  method: 'post',
  path: '/api/auth/logout',
  summary: 'End the session',
  tag: 'auth',
  status: 204,
  beforePasswordChange: true,
  async handle({ c, deps, session, user }) {
    if (session) await deleteSession(deps.store.db, session.idHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: deps.secureCookies });
    await deps.audit.append({ actorId: user.id, unitId: user.unitId, action: 'auth.logout', targetType: 'user', targetId: user.id });
  },
});

const me = defineRoute({
  method: 'get',
  path: '/api/auth/me',
  summary: 'The logged-in user (mustChangePassword says whether the password must be changed first) and the CSRF token',
  tag: 'auth',
  beforePasswordChange: true,
  handle({ session, user }) {
    return Promise.resolve({ user, csrfToken: session?.csrfToken });
  },
});

const changePassword = defineRoute({
  method: 'post',
  path: '/api/auth/password',
  summary: "Change one's own password (required first when an admin set it); ends the user's other sessions",
  tag: 'auth',
  beforePasswordChange: true,
  body: z
    .object({ currentPassword: z.string().min(1).max(1000), newPassword: passwordSchema })
    .refine((b) => b.newPassword !== b.currentPassword, { message: 'choose a password other than the current one', path: ['newPassword'] }),
  async handle({ deps, body, session, user }) {
    const { db } = deps.store;
    // Guessing the current password here counts like failed logins, so that a stolen session cannot try freely.
    const keys = [`user:${user.username.toLowerCase()}`];
    const wait = deps.limiter.retryAfterMs(keys);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      throw new ApiError('E_RATE_LIMITED', `too many wrong passwords; try again in ${seconds} s`, {
        headers: { 'Retry-After': String(seconds) },
      });
    }
    const row = await db.selectFrom('users').select(['password_hash']).where('id', '=', user.id).executeTakeFirstOrThrow();
    if (!(await verifyPassword(body.currentPassword, row.password_hash))) {
      deps.limiter.fail(keys);
      await deps.audit.append({
        actorId: user.id,
        unitId: user.unitId,
        action: 'auth.password-change-failed',
        targetType: 'user',
        targetId: user.id,
      });
      throw new ApiError('E_VALIDATION', 'body.currentPassword: wrong password', {
        issues: [{ path: 'body.currentPassword', message: 'wrong password' }],
      });
    }
    await db
      .updateTable('users')
      .set({ password_hash: await hashPassword(body.newPassword, deps.scryptCost), must_change_password: 0 })
      .where('id', '=', user.id)
      .execute();
    // Whoever else knew the old password keeps no session; this one goes on.
    await db
      .deleteFrom('sessions')
      .where('user_id', '=', user.id)
      .where('id_hash', '!=', session?.idHash ?? '')
      .execute();
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'auth.password-change',
      targetType: 'user',
      targetId: user.id,
    });
    return { user: { ...user, mustChangePassword: false } };
  },
});

/** Login, logout, the current user and changing one's password. */
export const authRoutes = [login, logout, me, changePassword];
