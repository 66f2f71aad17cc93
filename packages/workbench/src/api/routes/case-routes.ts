import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { refForSharedUnit } from '../../scans/capture-ref.js';
import type { CaseEventTable, CaseTable, EvidenceLinkTable } from '../../store/database-schema.js';
import { addCaseEvent } from '../add-case-event.js';
import { ApiError, notFound } from '../api-error.js';
import { defineRoute } from '../define-route.js';
import { can } from '../permissions.js';
import { ownedCase, visibleCase, visibleLead } from '../visibility.js';

/** Kinds of case. */
export const CASE_KINDS = ['administrative', 'civil-public-interest', 'criminal-referral'] as const;
/** Case statuses. */
export const CASE_STATUSES = ['open', 'recommendation-issued', 'rectifying', 'litigation', 'closed'] as const;
/** Kinds of timeline event; a recommendation (检察建议) carries its deadline. */
export const EVENT_KINDS = [
  'investigation',
  'recommendation',
  'reminder',
  'response',
  'litigation',
  'judgment',
  'rectification-check',
  'note',
] as const;

const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date());

function caseView(r: Selectable<CaseTable>, owned: boolean): Record<string, unknown> {
  return {
    id: r.id,
    unitId: r.unit_id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    owned,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function eventView(e: Selectable<CaseEventTable>): Record<string, unknown> {
  return { id: e.id, kind: e.kind, title: e.title, detail: e.detail, dueAt: e.due_at, occurredAt: e.occurred_at, createdBy: e.created_by };
}

function evidenceView(e: Selectable<EvidenceLinkTable>, owned: boolean): Record<string, unknown> {
  return {
    id: e.id,
    leadId: e.lead_id,
    evidenceRef: owned ? e.evidence_ref : refForSharedUnit(e.evidence_ref),
    sha256: e.sha256,
    description: e.description,
    createdBy: e.created_by,
    createdAt: e.created_at,
  };
}

const listCases = defineRoute({
  method: 'get',
  path: '/api/cases',
  summary: "Cases of the user's unit and those shared with it",
  tag: 'cases',
  query: z.object({ status: z.enum(CASE_STATUSES).optional(), limit: z.coerce.number().int().min(1).max(500).default(100) }),
  async handle({ deps, query, user }) {
    let q = deps.store.db
      .selectFrom('cases')
      .selectAll()
      .where((eb) =>
        eb.or([
          eb('unit_id', '=', user.unitId),
          eb('id', 'in', eb.selectFrom('case_shares').select('case_id').where('unit_id', '=', user.unitId)),
        ]),
      );
    if (query.status) q = q.where('status', '=', query.status);
    const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(query.limit).execute();
    return { cases: rows.map((r) => caseView(r, r.unit_id === user.unitId)) };
  },
});

const createCase = defineRoute({
  method: 'post',
  path: '/api/cases',
  summary: "Open a case from one or more of the unit's leads",
  tag: 'cases',
  permission: 'case:write',
  status: 201,
  body: z.object({
    title: z.string().trim().min(1).max(300),
    kind: z.enum(CASE_KINDS),
    leadIds: z.array(z.string().min(1)).min(1, 'a case is opened from at least one lead').max(100),
  }),
  async handle({ deps, body, user }) {
    const { db } = deps.store;
    const leadIds = [...new Set(body.leadIds)];
    for (const id of leadIds) await visibleLead(db, user, id);
    const now = deps.clock().toISOString();
    const row: Selectable<CaseTable> = {
      id: randomUUID(),
      unit_id: user.unitId,
      title: body.title,
      kind: body.kind,
      status: 'open',
      created_by: user.id,
      created_at: now,
      updated_at: now,
    };
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('cases').values(row).execute();
      await trx
        .insertInto('case_leads')
        .values(leadIds.map((lead_id) => ({ case_id: row.id, lead_id })))
        .execute();
      await trx.updateTable('leads').set({ status: 'case-opened', updated_at: now }).where('id', 'in', leadIds).execute();
    });
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'case.create',
      targetType: 'case',
      targetId: row.id,
      detail: { kind: row.kind, leadIds },
    });
    return { ...caseView(row, true), leadIds };
  },
});

const getCase = defineRoute({
  method: 'get',
  path: '/api/cases/:id',
  summary: 'One case with its leads, timeline, evidence and shares',
  tag: 'cases',
  async handle({ deps, params, user }) {
    const { db } = deps.store;
    const { row, owned } = await visibleCase(db, user, params.id ?? '');
    const [leads, events, evidence, shares] = await Promise.all([
      db
        .selectFrom('case_leads')
        .innerJoin('leads', 'leads.id', 'case_leads.lead_id')
        .select(['leads.id', 'leads.title', 'leads.people_affected', 'leads.pi_types', 'leads.status'])
        .where('case_leads.case_id', '=', row.id)
        .execute(),
      db.selectFrom('case_events').selectAll().where('case_id', '=', row.id).orderBy('occurred_at').orderBy('created_at').execute(),
      db.selectFrom('evidence_links').selectAll().where('case_id', '=', row.id).orderBy('created_at').execute(),
      db.selectFrom('case_shares').select('unit_id').where('case_id', '=', row.id).execute(),
    ]);
    return {
      ...caseView(row, owned),
      leads: leads.map((l) => ({
        id: l.id,
        title: l.title,
        peopleAffected: Number(l.people_affected),
        piTypes: JSON.parse(l.pi_types) as string[],
        status: l.status,
      })),
      timeline: events.map(eventView),
      evidence: evidence.map((e) => evidenceView(e, owned)),
      // Only the owning unit learns who else sees the case.
      sharedWith: owned ? shares.map((s) => s.unit_id) : [],
      // Whether this user may download the evidence pack with the captures' bytes (a reveal).
      mayRevealCaptures: owned && can(user.role, 'reveal'),
    };
  },
});

const updateCase = defineRoute({
  method: 'patch',
  path: '/api/cases/:id',
  summary: 'Change the status or title of a case (owning unit only)',
  tag: 'cases',
  permission: 'review',
  body: z
    .object({ status: z.enum(CASE_STATUSES).optional(), title: z.string().trim().min(1).max(300).optional() })
    .refine((b) => b.status !== undefined || b.title !== undefined, 'name at least one field to change'),
  async handle({ deps, params, body, user }) {
    const row = await ownedCase(deps.store.db, user, params.id ?? '');
    const updated_at = deps.clock().toISOString();
    await deps.store.db
      .updateTable('cases')
      .set({ ...body, updated_at })
      .where('id', '=', row.id)
      .execute();
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'case.update',
      targetType: 'case',
      targetId: row.id,
      detail: { from: { status: row.status }, to: body },
    });
    return caseView({ ...row, ...body, updated_at }, true);
  },
});

const addEvent = defineRoute({
  method: 'post',
  path: '/api/cases/:id/events',
  summary: 'Add an action to the timeline (a recommendation 检察建议 needs its deadline dueAt)',
  tag: 'cases',
  permission: 'case:write',
  status: 201,
  body: z
    .object({
      kind: z.enum(EVENT_KINDS),
      title: z.string().trim().min(1).max(300),
      detail: z.string().max(20_000).default(''),
      occurredAt: isoDate.optional(),
      dueAt: isoDate.optional(),
    })
    .refine((b) => b.kind !== 'recommendation' || b.dueAt !== undefined, {
      message: 'a recommendation needs its deadline',
      path: ['dueAt'],
    }),
  async handle({ deps, params, body, user }) {
    const row = await ownedCase(deps.store.db, user, params.id ?? '');
    const event = await addCaseEvent(deps, user, row.id, { ...body, action: 'case.event' });
    if (body.kind === 'recommendation' && row.status === 'open') {
      await deps.store.db
        .updateTable('cases')
        .set({ status: 'recommendation-issued', updated_at: event.created_at })
        .where('id', '=', row.id)
        .execute();
    }
    return eventView(event);
  },
});

const attachEvidence = defineRoute({
  method: 'post',
  path: '/api/cases/:id/evidence',
  summary: 'Attach evidence (a reference into the evidence store and the SHA-256 of its capture)',
  tag: 'cases',
  permission: 'case:write',
  status: 201,
  body: z.object({
    evidenceRef: z.string().trim().min(1).max(500),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex'),
    description: z.string().trim().max(2000).default(''),
    leadId: z.string().min(1).optional(),
  }),
  async handle({ deps, params, body, user }) {
    const { db } = deps.store;
    const row = await ownedCase(db, user, params.id ?? '');
    if (body.leadId) {
      const linked = await db
        .selectFrom('case_leads')
        .select('lead_id')
        .where('case_id', '=', row.id)
        .where('lead_id', '=', body.leadId)
        .executeTakeFirst();
      if (!linked)
        throw new ApiError('E_VALIDATION', 'body.leadId: not a lead of this case', {
          issues: [{ path: 'body.leadId', message: 'not a lead of this case' }],
        });
    }
    const link: Selectable<EvidenceLinkTable> = {
      id: randomUUID(),
      case_id: row.id,
      lead_id: body.leadId ?? null,
      evidence_ref: body.evidenceRef,
      sha256: body.sha256,
      description: body.description,
      created_by: user.id,
      created_at: deps.clock().toISOString(),
    };
    await db.insertInto('evidence_links').values(link).execute();
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'case.evidence',
      targetType: 'case',
      targetId: row.id,
      detail: { evidenceId: link.id, sha256: link.sha256 },
    });
    return evidenceView(link, true);
  },
});

const shareCase = defineRoute({
  method: 'post',
  path: '/api/cases/:id/shares',
  summary: 'Share a case with another unit (it may read, not change it)',
  tag: 'cases',
  permission: 'case:write',
  status: 201,
  body: z.object({ unitId: z.string().min(1) }),
  async handle({ deps, params, body, user }) {
    const { db } = deps.store;
    const row = await ownedCase(db, user, params.id ?? '');
    if (body.unitId === user.unitId) throw new ApiError('E_CONFLICT', 'the case already belongs to this unit');
    if (!(await db.selectFrom('units').select('id').where('id', '=', body.unitId).executeTakeFirst())) throw notFound('unit');
    const exists = await db
      .selectFrom('case_shares')
      .select('unit_id')
      .where('case_id', '=', row.id)
      .where('unit_id', '=', body.unitId)
      .executeTakeFirst();
    if (!exists) await db.insertInto('case_shares').values({ case_id: row.id, unit_id: body.unitId }).execute();
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'case.share',
      targetType: 'case',
      targetId: row.id,
      detail: { unitId: body.unitId },
    });
    return { caseId: row.id, unitId: body.unitId };
  },
});

/** Cases: list, open, read, change, timeline, evidence, sharing. */
export const caseRoutes = [listCases, createCase, getCase, updateCase, addEvent, attachEvidence, shareCase];
