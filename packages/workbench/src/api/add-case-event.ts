import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { SessionUser } from '../auth/session-store.js';
import type { CaseEventTable } from '../store/database-schema.js';
import type { AppDeps } from './app-env.js';

/** An event for a case's timeline; times are ISO 8601, `occurredAt` defaulting to now. */
export interface NewCaseEvent {
  kind: string;
  title: string;
  detail: string;
  dueAt?: string;
  occurredAt?: string;
  /** The audit action (`case.event` for one typed in, `case.recheck-result` for a re-scan's verdict). */
  action: string;
  auditDetail?: Record<string, unknown>;
}

/** Adds an event to a case's timeline in `user`'s name and audits it: one way onto the timeline for every route. */
export async function addCaseEvent(deps: AppDeps, user: SessionUser, caseId: string, e: NewCaseEvent): Promise<Selectable<CaseEventTable>> {
  const now = deps.clock().toISOString();
  const event: Selectable<CaseEventTable> = {
    id: randomUUID(),
    case_id: caseId,
    kind: e.kind,
    title: e.title,
    detail: e.detail,
    due_at: e.dueAt ? new Date(e.dueAt).toISOString() : null,
    occurred_at: e.occurredAt ? new Date(e.occurredAt).toISOString() : now,
    created_by: user.id,
    created_at: now,
  };
  await deps.store.db.insertInto('case_events').values(event).execute();
  await deps.audit.append({
    actorId: user.id,
    unitId: user.unitId,
    action: e.action,
    targetType: 'case',
    targetId: caseId,
    detail: { eventId: event.id, kind: event.kind, ...e.auditDetail },
  });
  return event;
}
