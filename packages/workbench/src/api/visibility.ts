import type { Kysely, Selectable } from 'kysely';
import type { SessionUser } from '../auth/session-store.js';
import type { CaseTable, LeadTable, TypicalCaseTable, WorkbenchDatabase } from '../store/database-schema.js';
import { notFound } from './api-error.js';

// One rule, used by every route: a lead belongs to one unit; a case is seen by its unit and the units it is
// shared with, and changed only by its own unit. What a user may not see answers "no such …" like a missing id.

/** The lead if the user's unit holds it; otherwise E_NOT_FOUND. */
export async function visibleLead(db: Kysely<WorkbenchDatabase>, user: SessionUser, id: string): Promise<Selectable<LeadTable>> {
  const row = await db.selectFrom('leads').selectAll().where('id', '=', id).where('unit_id', '=', user.unitId).executeTakeFirst();
  if (!row) throw notFound('lead');
  return row;
}

/** The case if the user's unit owns it or it is shared with the unit; `owned` says which. */
export async function visibleCase(
  db: Kysely<WorkbenchDatabase>,
  user: SessionUser,
  id: string,
): Promise<{ row: Selectable<CaseTable>; owned: boolean }> {
  const row = await db
    .selectFrom('cases')
    .selectAll()
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb('unit_id', '=', user.unitId),
        eb('id', 'in', eb.selectFrom('case_shares').select('case_id').where('unit_id', '=', user.unitId)),
      ]),
    )
    .executeTakeFirst();
  if (!row) throw notFound('case');
  return { row, owned: row.unit_id === user.unitId };
}

/** The case if the user's unit owns it (shared units only read); otherwise E_NOT_FOUND. */
export async function ownedCase(db: Kysely<WorkbenchDatabase>, user: SessionUser, id: string): Promise<Selectable<CaseTable>> {
  const { row, owned } = await visibleCase(db, user, id);
  if (!owned) throw notFound('case');
  return row;
}

/** A typical case if the user's unit wrote it or it is shared with every unit; `owned` says which. */
export async function visibleTypicalCase(
  db: Kysely<WorkbenchDatabase>,
  user: SessionUser,
  id: string,
): Promise<{ row: Selectable<TypicalCaseTable>; owned: boolean }> {
  const row = await db
    .selectFrom('typical_cases')
    .selectAll()
    .where('id', '=', id)
    .where((eb) => eb.or([eb('unit_id', '=', user.unitId), eb('shared', '=', 1)]))
    .executeTakeFirst();
  if (!row) throw notFound('typical case');
  return { row, owned: row.unit_id === user.unitId };
}
