import { randomUUID } from 'node:crypto';
import { isPiType } from '@piguard/core';
import { type Selectable, sql } from 'kysely';
import { z } from 'zod';
import type { SessionUser } from '../../auth/session-store.js';
import { maskFreeText } from '../../reports/mask-free-text.js';
import type { TypicalCaseTable } from '../../store/database-schema.js';
import { ApiError, notFound } from '../api-error.js';
import type { AppDeps } from '../app-env.js';
import { defineRoute } from '../define-route.js';
import { ownedCase, visibleTypicalCase } from '../visibility.js';
import { SUBJECT_TYPES } from './lead-routes.js';

const piTypes = z
  .array(z.string())
  .max(100)
  .refine((types) => types.every(isPiType), 'unknown PI type (see the taxonomy)');

// The library is read by other units once shared: what users type is masked on the way in, like a report.
const fields = {
  title: z.string().trim().min(1).max(300).transform(maskFreeText),
  summary: z.string().trim().min(1).max(20_000).transform(maskFreeText),
  piTypes,
  legalBasis: z.string().trim().min(1).max(5000).transform(maskFreeText),
  outcome: z.string().trim().min(1).max(5000).transform(maskFreeText),
  subjectType: z.enum(SUBJECT_TYPES).nullable(),
  region: z.string().trim().max(100).nullable(),
  /** Readable by every unit (a published typical case); otherwise by the writing unit only. */
  shared: z.boolean(),
};

function typicalCaseView(r: Selectable<TypicalCaseTable>, owned: boolean): Record<string, unknown> {
  return {
    id: r.id,
    unitId: r.unit_id,
    // Another unit learns the lesson, not which of the writing unit's cases it came from.
    caseId: owned ? r.case_id : null,
    title: r.title,
    summary: r.summary,
    piTypes: JSON.parse(r.pi_types) as string[],
    legalBasis: r.legal_basis,
    outcome: r.outcome,
    subjectType: r.subject_type,
    region: r.region,
    shared: Number(r.shared) !== 0,
    owned,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A LIKE pattern that matches `text` anywhere, its own % _ and \ taken literally (ESCAPE '\'). */
function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

const listTypicalCases = defineRoute({
  method: 'get',
  path: '/api/typical-cases',
  summary:
    "Typical cases (典型案例) of the user's unit and those shared with every unit; q searches title, summary, legal basis and outcome",
  tag: 'typical-cases',
  query: z.object({
    q: z.string().trim().max(200).optional(),
    piType: z.string().max(100).optional(),
    limit: z.coerce.number().int().min(1).max(500).default(100),
    offset: z.coerce.number().int().min(0).default(0),
  }),
  async handle({ deps, query, user }) {
    let q = deps.store.db
      .selectFrom('typical_cases')
      .selectAll()
      .where((eb) => eb.or([eb('unit_id', '=', user.unitId), eb('shared', '=', 1)]));
    if (query.q) {
      const p = containsPattern(query.q.toLowerCase());
      q = q.where(
        sql<boolean>`(lower(title) like ${p} escape '\\' or lower(summary) like ${p} escape '\\' or lower(legal_basis) like ${p} escape '\\' or lower(outcome) like ${p} escape '\\')`,
      );
    }
    if (query.piType) q = q.where(sql<boolean>`pi_types like ${containsPattern(JSON.stringify(query.piType))} escape '\\'`);
    const rows = await q.orderBy('created_at', 'desc').orderBy('id').limit(query.limit).offset(query.offset).execute();
    return { typicalCases: rows.map((r) => typicalCaseView(r, r.unit_id === user.unitId)) };
  },
});

const getTypicalCase = defineRoute({
  method: 'get',
  path: '/api/typical-cases/:id',
  summary: 'One typical case',
  tag: 'typical-cases',
  async handle({ deps, params, user }) {
    const { row, owned } = await visibleTypicalCase(deps.store.db, user, params.id ?? '');
    return typicalCaseView(row, owned);
  },
});

async function insertTypicalCase(deps: AppDeps, user: SessionUser, row: Selectable<TypicalCaseTable>): Promise<Record<string, unknown>> {
  await deps.store.db.insertInto('typical_cases').values(row).execute();
  await deps.audit.append({
    actorId: user.id,
    unitId: user.unitId,
    action: 'typical-case.create',
    targetType: 'typical-case',
    targetId: row.id,
    detail: { caseId: row.case_id, shared: row.shared === 1, piTypes: JSON.parse(row.pi_types) as string[] },
  });
  return typicalCaseView(row, true);
}

const createTypicalCase = defineRoute({
  method: 'post',
  path: '/api/typical-cases',
  summary: 'Write up a typical case for the library (not from a case of the workbench)',
  tag: 'typical-cases',
  permission: 'review',
  status: 201,
  body: z.object({
    ...fields,
    piTypes: piTypes.default([]),
    subjectType: fields.subjectType.default(null),
    region: fields.region.default(null),
    shared: fields.shared.default(false),
  }),
  handle({ deps, body, user }) {
    const now = deps.clock().toISOString();
    return insertTypicalCase(deps, user, {
      id: randomUUID(),
      unit_id: user.unitId,
      case_id: null,
      title: body.title,
      summary: body.summary,
      pi_types: JSON.stringify(body.piTypes),
      legal_basis: body.legalBasis,
      outcome: body.outcome,
      subject_type: body.subjectType,
      region: body.region,
      shared: body.shared ? 1 : 0,
      created_by: user.id,
      created_at: now,
      updated_at: now,
    });
  },
});

const promoteCase = defineRoute({
  method: 'post',
  path: '/api/cases/:id/typical-case',
  summary: "Promote a closed case of the unit to a typical case; PI types, subject type and region default to its leads'",
  tag: 'typical-cases',
  permission: 'review',
  status: 201,
  body: z.object({
    title: fields.title.optional(),
    summary: fields.summary,
    legalBasis: fields.legalBasis,
    outcome: fields.outcome,
    piTypes: piTypes.optional(),
    subjectType: fields.subjectType.optional(),
    region: fields.region.optional(),
    shared: fields.shared.default(false),
  }),
  async handle({ deps, body, params, user }) {
    const { db } = deps.store;
    const row = await ownedCase(db, user, params.id ?? '');
    if (row.status !== 'closed') throw new ApiError('E_CONFLICT', 'only a closed case can become a typical case');
    const leads = await db
      .selectFrom('case_leads')
      .innerJoin('leads', 'leads.id', 'case_leads.lead_id')
      .select(['leads.pi_types', 'leads.subject_type', 'leads.subject_region'])
      .where('case_leads.case_id', '=', row.id)
      .orderBy('leads.created_at')
      .execute();
    const fromLeads = [...new Set(leads.flatMap((l) => JSON.parse(l.pi_types) as string[]))].sort();
    const now = deps.clock().toISOString();
    return insertTypicalCase(deps, user, {
      id: randomUUID(),
      unit_id: user.unitId,
      case_id: row.id,
      title: body.title ?? maskFreeText(row.title),
      summary: body.summary,
      pi_types: JSON.stringify(body.piTypes ?? fromLeads),
      legal_basis: body.legalBasis,
      outcome: body.outcome,
      subject_type: body.subjectType !== undefined ? body.subjectType : (leads[0]?.subject_type ?? null),
      region: body.region !== undefined ? body.region : (leads[0]?.subject_region ?? null),
      shared: body.shared ? 1 : 0,
      created_by: user.id,
      created_at: now,
      updated_at: now,
    });
  },
});

const updateTypicalCase = defineRoute({
  method: 'patch',
  path: '/api/typical-cases/:id',
  summary: 'Edit a typical case (the writing unit only), or share it with every unit',
  tag: 'typical-cases',
  permission: 'review',
  body: z
    .object(fields)
    .partial()
    .refine((b) => Object.values(b).some((v) => v !== undefined), 'name at least one field to change'),
  async handle({ deps, body, params, user }) {
    const { db } = deps.store;
    const { row, owned } = await visibleTypicalCase(db, user, params.id ?? '');
    // A shared typical case is read by every unit but changed only by the unit that wrote it.
    if (!owned) throw notFound('typical case');
    const next: Selectable<TypicalCaseTable> = {
      ...row,
      ...(body.title !== undefined ? { title: body.title } : {}),
      ...(body.summary !== undefined ? { summary: body.summary } : {}),
      ...(body.piTypes !== undefined ? { pi_types: JSON.stringify(body.piTypes) } : {}),
      ...(body.legalBasis !== undefined ? { legal_basis: body.legalBasis } : {}),
      ...(body.outcome !== undefined ? { outcome: body.outcome } : {}),
      ...(body.subjectType !== undefined ? { subject_type: body.subjectType } : {}),
      ...(body.region !== undefined ? { region: body.region } : {}),
      ...(body.shared !== undefined ? { shared: body.shared ? 1 : 0 } : {}),
      updated_at: deps.clock().toISOString(),
    };
    const { id: _id, ...changes } = next;
    await db.updateTable('typical_cases').set(changes).where('id', '=', row.id).execute();
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'typical-case.update',
      targetType: 'typical-case',
      targetId: row.id,
      detail: { fields: Object.keys(body).filter((k) => body[k as keyof typeof body] !== undefined) },
    });
    return typicalCaseView(next, true);
  },
});

/** The library of typical cases (典型案例): list and search, read, write up, promote a closed case, edit. */
export const typicalCaseRoutes = [listTypicalCases, getTypicalCase, createTypicalCase, promoteCase, updateTypicalCase];
