import { randomUUID } from 'node:crypto';
import { isPiType } from '@piguard/core';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { SessionUser } from '../../auth/session-store.js';
import type { LeadTable } from '../../store/database-schema.js';
import type { AppDeps } from '../app-env.js';
import { ApiError, notFound } from '../api-error.js';
import { defineRoute } from '../define-route.js';
import { visibleLead } from '../visibility.js';

/** Kinds of subject a lead is about. */
export const SUBJECT_TYPES = ['company', 'agency', 'app', 'website', 'individual', 'other'] as const;
/** Lead statuses, in their usual order. */
export const LEAD_STATUSES = ['new', 'triaged', 'investigating', 'case-opened', 'closed'] as const;
/** Risk levels. */
export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;

const subjectSchema = z.object({
  name: z.string().trim().min(1).max(200),
  type: z.enum(SUBJECT_TYPES),
  /** GB/T 2260 code or a region name. */
  region: z.string().trim().max(100).optional(),
});

/** The harm assessment: records per kind of information against the criminal tiers, and thresholds crossed. */
const harmSchema = z
  .object({
    // The shape of CriminalTierCount in @piguard/core, so that scan leads and hand-made ones read alike.
    criminalTiers: z
      .array(
        z.object({
          crimTier: z.union([z.literal(50), z.literal(500), z.literal(5000)]),
          piTypes: z.array(z.string().max(50)).max(100),
          records: z.number().int().min(0),
          level: z.enum(['below', 'serious', 'especially_serious']),
        }),
      )
      .max(20)
      .default([]),
    thresholdsCrossed: z.array(z.string().max(200)).max(50).default([]),
  })
  .default({ criminalTiers: [], thresholdsCrossed: [] });

/** The body of a hand-made lead; a lead from a scan takes its numbers from the scan instead. */
export const leadBody = z.object({
  title: z.string().trim().min(1).max(300),
  sourceKind: z.enum(['manual', 'scan', 'upload', 'report']).default('manual'),
  sourceRef: z.string().max(2000).optional(),
  subject: subjectSchema,
  piTypes: z
    .array(z.string())
    .max(100)
    .default([])
    .refine((types) => types.every(isPiType), 'unknown PI type (see the taxonomy)'),
  peopleAffected: z.number().int().min(0).default(0),
  minors: z.number().int().min(0).default(0),
  scaleBand: z.string().max(50).optional(),
  harm: harmSchema,
  riskLevel: z.enum(RISK_LEVELS).default('medium'),
});

/** A lead as the API shows it. */
/** Stores a new lead and audits its creation; every way of creating a lead goes through here. */
export async function insertLead(
  deps: AppDeps,
  user: SessionUser,
  row: Selectable<LeadTable>,
  detail: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  await deps.store.db.insertInto('leads').values(row).execute();
  await deps.audit.append({ actorId: user.id, unitId: user.unitId, action: 'lead.create', targetType: 'lead', targetId: row.id, detail });
  return leadView(row);
}

export function leadView(r: Selectable<LeadTable>): Record<string, unknown> {
  return {
    id: r.id,
    unitId: r.unit_id,
    title: r.title,
    sourceKind: r.source_kind,
    sourceRef: r.source_ref,
    subject: { name: r.subject_name, type: r.subject_type, region: r.subject_region },
    piTypes: JSON.parse(r.pi_types) as string[],
    peopleAffected: Number(r.people_affected),
    minors: Number(r.minors),
    scaleBand: r.scale_band,
    harm: JSON.parse(r.harm) as unknown,
    riskLevel: r.risk_level,
    status: r.status,
    scanId: r.scan_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const listLeads = defineRoute({
  method: 'get',
  path: '/api/leads',
  summary: "The leads of the user's unit, newest first",
  tag: 'leads',
  query: z.object({
    status: z.enum(LEAD_STATUSES).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  }),
  async handle({ deps, query, user }) {
    let q = deps.store.db.selectFrom('leads').selectAll().where('unit_id', '=', user.unitId);
    if (query.status) q = q.where('status', '=', query.status);
    const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(query.limit).offset(query.offset).execute();
    return { leads: rows.map(leadView) };
  },
});

const createLead = defineRoute({
  method: 'post',
  path: '/api/leads',
  summary: "Create a lead by hand in the user's unit",
  tag: 'leads',
  permission: 'lead:write',
  status: 201,
  body: leadBody,
  async handle({ deps, body, user }) {
    const now = deps.clock().toISOString();
    const row: Selectable<LeadTable> = {
      id: randomUUID(),
      unit_id: user.unitId,
      title: body.title,
      source_kind: body.sourceKind,
      source_ref: body.sourceRef ?? null,
      subject_name: body.subject.name,
      subject_type: body.subject.type,
      subject_region: body.subject.region ?? null,
      pi_types: JSON.stringify(body.piTypes),
      people_affected: body.peopleAffected,
      minors: body.minors,
      scale_band: body.scaleBand ?? null,
      harm: JSON.stringify(body.harm),
      risk_level: body.riskLevel,
      status: 'new',
      scan_id: null,
      created_by: user.id,
      created_at: now,
      updated_at: now,
    };
    return insertLead(deps, user, row, { sourceKind: row.source_kind });
  },
});

const getLead = defineRoute({
  method: 'get',
  path: '/api/leads/:id',
  summary: 'One lead with its transfer history',
  tag: 'leads',
  async handle({ deps, params, user }) {
    const lead = await visibleLead(deps.store.db, user, params.id ?? '');
    const transfers = await deps.store.db
      .selectFrom('lead_transfers')
      .selectAll()
      .where('lead_id', '=', lead.id)
      .orderBy('created_at')
      .execute();
    return {
      ...leadView(lead),
      transfers: transfers.map((t) => ({
        id: t.id,
        fromUnitId: t.from_unit_id,
        toUnitId: t.to_unit_id,
        note: t.note,
        by: t.transferred_by,
        at: t.created_at,
      })),
    };
  },
});

const updateLead = defineRoute({
  method: 'patch',
  path: '/api/leads/:id',
  summary: 'Change the status or risk level of a lead',
  tag: 'leads',
  permission: 'review',
  body: z
    .object({ status: z.enum(LEAD_STATUSES).optional(), riskLevel: z.enum(RISK_LEVELS).optional() })
    .refine((b) => b.status !== undefined || b.riskLevel !== undefined, 'name at least one field to change'),
  async handle({ deps, params, body, user }) {
    const { db } = deps.store;
    const lead = await visibleLead(db, user, params.id ?? '');
    const updated_at = deps.clock().toISOString();
    await db
      .updateTable('leads')
      .set({ ...(body.status ? { status: body.status } : {}), ...(body.riskLevel ? { risk_level: body.riskLevel } : {}), updated_at })
      .where('id', '=', lead.id)
      .execute();
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'lead.update',
      targetType: 'lead',
      targetId: lead.id,
      detail: { from: { status: lead.status, riskLevel: lead.risk_level }, to: body },
    });
    return leadView({ ...lead, status: body.status ?? lead.status, risk_level: body.riskLevel ?? lead.risk_level, updated_at });
  },
});

const transferLead = defineRoute({
  method: 'post',
  path: '/api/leads/:id/transfer',
  summary: 'Transfer a lead to another unit (线索移送); the transfer is recorded and the lead leaves this unit',
  tag: 'leads',
  permission: 'lead:write',
  status: 201,
  body: z.object({ toUnitId: z.string().min(1), note: z.string().trim().min(1).max(2000) }),
  async handle({ deps, params, body, user }) {
    const { db } = deps.store;
    const lead = await visibleLead(db, user, params.id ?? '');
    if (body.toUnitId === user.unitId) throw new ApiError('E_CONFLICT', 'the lead is already in this unit');
    if (!(await db.selectFrom('units').select('id').where('id', '=', body.toUnitId).executeTakeFirst())) throw notFound('unit');
    const transfer = {
      id: randomUUID(),
      lead_id: lead.id,
      from_unit_id: user.unitId,
      to_unit_id: body.toUnitId,
      note: body.note,
      transferred_by: user.id,
      created_at: deps.clock().toISOString(),
    };
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('lead_transfers').values(transfer).execute();
      await trx.updateTable('leads').set({ unit_id: body.toUnitId, updated_at: transfer.created_at }).where('id', '=', lead.id).execute();
    });
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'lead.transfer',
      targetType: 'lead',
      targetId: lead.id,
      detail: { toUnitId: body.toUnitId },
    });
    return {
      id: transfer.id,
      leadId: lead.id,
      fromUnitId: transfer.from_unit_id,
      toUnitId: transfer.to_unit_id,
      note: transfer.note,
      at: transfer.created_at,
    };
  },
});

/** Leads: list, create, read, change, transfer. */
export const leadRoutes = [listLeads, createLead, getLead, updateLead, transferLead];
