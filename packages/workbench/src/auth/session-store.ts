import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Role, WorkbenchDatabase } from '../store/database-schema.js';

/** The logged-in user as the API sees it. */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string;
  /** Set while the password is a temporary one an admin set: the API then only allows changing it. */
  mustChangePassword: boolean;
}

/** A live session: its user and the CSRF token that unsafe requests must echo. */
export interface Session {
  idHash: string;
  csrfToken: string;
  user: SessionUser;
}

/** Sessions last 12 hours. */
export const SESSION_TTL_MS = 12 * 3_600_000;

/** The stored id of a session: the SHA-256 of its cookie token. */
export function sessionIdHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Creates a session and resolves to the cookie token (shown to the client only) and the CSRF token. */
export async function createSession(
  db: Kysely<WorkbenchDatabase>,
  userId: string,
  now: Date,
): Promise<{ token: string; csrfToken: string }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await db
    .insertInto('sessions')
    .values({
      id_hash: sessionIdHash(token),
      user_id: userId,
      csrf_token: csrfToken,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
    })
    .execute();
  return { token, csrfToken };
}

/** Finds the live session of a cookie token; expired sessions and disabled users count as none. */
export async function findSession(db: Kysely<WorkbenchDatabase>, token: string, now: Date): Promise<Session | undefined> {
  const row = await db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .select([
      'sessions.id_hash',
      'sessions.csrf_token',
      'sessions.expires_at',
      'users.id',
      'users.username',
      'users.display_name',
      'users.role',
      'users.unit_id',
      'users.disabled',
      'users.must_change_password',
    ])
    .where('sessions.id_hash', '=', sessionIdHash(token))
    .executeTakeFirst();
  if (!row || row.expires_at <= now.toISOString() || Number(row.disabled) !== 0) return undefined;
  return {
    idHash: row.id_hash,
    csrfToken: row.csrf_token,
    user: sessionUserOf(row),
  };
}

/** Ends a session. */
export async function deleteSession(db: Kysely<WorkbenchDatabase>, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** The API's view of a user row (never its password hash). */
export function sessionUserOf(row: {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  unit_id: string;
  must_change_password: number;
}): SessionUser {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    unitId: row.unit_id,
    mustChangePassword: Number(row.must_change_password) !== 0,
  };
}
