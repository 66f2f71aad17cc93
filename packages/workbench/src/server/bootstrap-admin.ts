import { randomBytes, randomUUID } from 'node:crypto';
import { hashPassword, type ScryptCost } from '../auth/password-hash.js';
import type { AuditLog } from '../store/audit-log.js';
import type { Store } from '../store/open-store.js';

/** The first admin, created on an empty store; the password is returned once and never stored in clear. */
export interface BootstrapResult {
  username: string;
  password: string;
}

/** The name of the unit created with the first admin. */
export const FIRST_UNIT_NAME = '管理单位';

/** On a store with no users, creates a unit and the `admin` user with a random password; otherwise does nothing. */
export async function bootstrapAdmin(store: Store, audit: AuditLog, scryptCost?: ScryptCost): Promise<BootstrapResult | undefined> {
  const { db } = store;
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return undefined;
  const now = new Date().toISOString();
  const unitId = randomUUID();
  const userId = randomUUID();
  const password = randomBytes(15).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('units').values({ id: unitId, name: FIRST_UNIT_NAME, created_at: now }).execute();
    await trx
      .insertInto('users')
      .values({
        id: userId,
        username: 'admin',
        display_name: '管理员',
        password_hash: await hashPassword(password, scryptCost),
        role: 'admin',
        unit_id: unitId,
        disabled: 0,
        // The one-time password was printed on a terminal: the admin must replace it before doing anything else.
        must_change_password: 1,
        created_at: now,
      })
      .execute();
  });
  await audit.append({ actorId: null, unitId, action: 'user.bootstrap-admin', targetType: 'user', targetId: userId });
  return { username: 'admin', password };
}
