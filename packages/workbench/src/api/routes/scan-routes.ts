import { randomUUID } from 'node:crypto';
import type { Kysely, Selectable } from 'kysely';
import { z } from 'zod';
import type { SessionUser } from '../../auth/session-store.js';
import { assessScan } from '../../scans/lead-from-scan.js';
import { refusedTarget, shownTarget, type StoredScanSummary } from '../../scans/scan-job-runner.js';
import type { LeadTable, ScanTable, WorkbenchDatabase } from '../../store/database-schema.js';
import { ApiError, notFound } from '../api-error.js';
import { defineRoute } from '../define-route.js';
import { startScanJob } from '../start-scan-job.js';
import { insertLead, leadBody } from './lead-routes.js';

const targetKind = (t: string): string =>
  /^https?:/i.test(t) ? 'web' : /^(sqlite|postgres|postgresql|mysql|mariadb):/i.test(t) ? 'database' : 'files';

function scanView(r: Selectable<ScanTable>): Record<string, unknown> {
  return {
    id: r.id,
    kind: r.kind,
    targets: JSON.parse(r.targets) as string[],
    status: r.status,
    progress: JSON.parse(r.progress) as unknown,
    summary: r.summary ? (JSON.parse(r.summary) as unknown) : null,
    createdBy: r.created_by,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

async function visibleScan(db: Kysely<WorkbenchDatabase>, user: SessionUser, id: string): Promise<Selectable<ScanTable>> {
  const row = await db.selectFrom('scans').selectAll().where('id', '=', id).where('unit_id', '=', user.unitId).executeTakeFirst();
  if (!row) throw notFound('scan');
  return row;
}

const startScan = defineRoute({
  method: 'post',
  path: '/api/scans',
  summary:
    'Start a scan of URLs (pages or crawls), databases (sqlite: files under the scan folders, postgres://, mysql://) or files under the scan folders, as a background job; its captures go into the evidence chain',
  tag: 'scans',
  permission: 'lead:write',
  status: 201,
  body: z.object({ targets: z.array(z.string().trim().min(1).max(2000)).min(1).max(50) }),
  async handle({ deps, body, user }) {
    const refused = body.targets.map((t, i) => ({ i, why: refusedTarget(t, deps.scanOptions.fileRoots) })).filter((r) => r.why);
    if (refused.length > 0) {
      const issues = refused.map((r) => ({ path: `body.targets.${r.i}`, message: r.why as string }));
      throw new ApiError('E_VALIDATION', `${issues[0]?.path}: ${issues[0]?.message}`, { issues });
    }
    const kinds = new Set(body.targets.map(targetKind));
    const kind = kinds.size === 1 ? ([...kinds][0] as string) : 'mixed';
    const id = randomUUID();
    const row = await startScanJob(deps, user, {
      id,
      kind,
      // Database passwords never reach the store: the record keeps the masked URL, the job gets the real one.
      shownTargets: body.targets.map(shownTarget),
      targets: body.targets,
      audit: { action: 'scan.start', targetType: 'scan', targetId: id, detail: { targets: body.targets.length, kind } },
    });
    return scanView(row);
  },
});

const listScans = defineRoute({
  method: 'get',
  path: '/api/scans',
  summary: "The unit's scans, newest first",
  tag: 'scans',
  async handle({ deps, user }) {
    const rows = await deps.store.db
      .selectFrom('scans')
      .selectAll()
      .where('unit_id', '=', user.unitId)
      .orderBy('created_at', 'desc')
      .limit(200)
      .execute();
    return { scans: rows.map(scanView) };
  },
});

const getScan = defineRoute({
  method: 'get',
  path: '/api/scans/:id',
  summary: 'One scan: status, live progress, and when done the people summary and issues',
  tag: 'scans',
  async handle({ deps, params, user }) {
    return scanView(await visibleScan(deps.store.db, user, params.id ?? ''));
  },
});

const scanFindings = defineRoute({
  method: 'get',
  path: '/api/scans/:id/findings',
  summary: 'Findings of a scan: masked previews and keyed fingerprints, never raw values',
  tag: 'scans',
  query: z.object({ limit: z.coerce.number().int().min(1).max(1000).default(100), offset: z.coerce.number().int().min(0).default(0) }),
  async handle({ deps, params, query, user }) {
    const scan = await visibleScan(deps.store.db, user, params.id ?? '');
    const rows = await deps.store.db
      .selectFrom('scan_findings')
      .select(['pi_type', 'masked', 'fingerprint', 'location', 'score'])
      .where('scan_id', '=', scan.id)
      .orderBy('location')
      .orderBy('id')
      .limit(query.limit)
      .offset(query.offset)
      .execute();
    return {
      findings: rows.map((r) => ({
        piType: r.pi_type,
        masked: r.masked,
        fingerprint: r.fingerprint,
        location: r.location,
        score: Number(r.score),
      })),
    };
  },
});

const leadFromScan = defineRoute({
  method: 'post',
  path: '/api/scans/:id/lead',
  summary: 'Create a lead from a finished scan: PI types, people affected, minors, scale band and harm from its summary',
  tag: 'scans',
  permission: 'lead:write',
  status: 201,
  body: leadBody.pick({ title: true, subject: true }),
  async handle({ deps, params, body, user }) {
    const scan = await visibleScan(deps.store.db, user, params.id ?? '');
    if (scan.status !== 'done' || !scan.summary) throw new ApiError('E_CONFLICT', `the scan is ${scan.status}, not done`);
    const a = assessScan(JSON.parse(scan.summary) as StoredScanSummary);
    const now = deps.clock().toISOString();
    const row: Selectable<LeadTable> = {
      id: randomUUID(),
      unit_id: user.unitId,
      title: body.title,
      source_kind: 'scan',
      source_ref: (JSON.parse(scan.targets) as string[]).join('\n'),
      subject_name: body.subject.name,
      subject_type: body.subject.type,
      subject_region: body.subject.region ?? null,
      pi_types: JSON.stringify(a.piTypes),
      people_affected: a.peopleAffected,
      minors: a.minors,
      scale_band: a.scaleBand,
      harm: JSON.stringify(a.harm),
      risk_level: a.riskLevel,
      status: 'new',
      scan_id: scan.id,
      created_by: user.id,
      created_at: now,
      updated_at: now,
    };
    return insertLead(deps, user, row, { sourceKind: 'scan', scanId: scan.id });
  },
});

/** Scans: start, list, progress, masked findings, lead from a scan. */
export const scanRoutes = [startScan, listScans, getScan, scanFindings, leadFromScan];
