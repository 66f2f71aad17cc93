import { randomUUID } from 'node:crypto';
import { rectificationVerdict } from '../../scans/rectification-check.js';
import type { StoredScanSummary } from '../../scans/scan-job-runner.js';
import { addCaseEvent } from '../add-case-event.js';
import { ApiError } from '../api-error.js';
import { defineRoute } from '../define-route.js';
import { startScanJob } from '../start-scan-job.js';
import { ownedCase } from '../visibility.js';

interface Counts {
  findings: number;
  people: number;
}

function countsOf(summary: string | null): Counts | undefined {
  if (!summary) return undefined;
  const s = JSON.parse(summary) as Partial<StoredScanSummary>;
  return s.findings === undefined ? undefined : { findings: s.findings, people: s.people?.distinct ?? 0 };
}

const recheck = defineRoute({
  method: 'post',
  path: '/api/cases/:id/recheck',
  summary: "Rectification check (整改复查): re-scan the sources of the case's scan leads; the timeline gets gone, reduced or still there",
  tag: 'cases',
  permission: 'case:write',
  status: 201,
  async handle({ deps, params, user }) {
    const { db } = deps.store;
    const row = await ownedCase(db, user, params.id ?? '');
    const originals = await db
      .selectFrom('case_leads')
      .innerJoin('leads', 'leads.id', 'case_leads.lead_id')
      .innerJoin('scans', 'scans.id', 'leads.scan_id')
      .select(['scans.id', 'scans.targets', 'scans.summary'])
      .where('case_leads.case_id', '=', row.id)
      .execute();
    if (originals.length === 0) throw new ApiError('E_CONFLICT', 'the case has no lead from a scan to re-scan');
    const targets = [...new Set(originals.flatMap((o) => JSON.parse(o.targets) as string[]))];
    const before = originals
      .map((o) => countsOf(o.summary) ?? { findings: 0, people: 0 })
      .reduce((a, b) => ({ findings: a.findings + b.findings, people: a.people + b.people }));
    const scanId = randomUUID();
    await startScanJob(deps, user, {
      id: scanId,
      kind: 'recheck',
      shownTargets: targets,
      targets,
      audit: { action: 'case.recheck', targetType: 'case', targetId: row.id, detail: { scanId } },
      then: async () => {
        const done = await db.selectFrom('scans').select(['status', 'summary']).where('id', '=', scanId).executeTakeFirst();
        const after = done?.status === 'done' ? countsOf(done.summary) : undefined;
        const verdict = rectificationVerdict(before, after);
        await addCaseEvent(deps, user, row.id, {
          kind: 'rectification-check',
          title: verdict,
          detail: JSON.stringify({ scanId, before, after: after ?? null }),
          action: 'case.recheck-result',
          auditDetail: { scanId, verdict },
        });
      },
    });
    return { scanId, targets, before };
  },
});

/** The rectification check. */
export const recheckRoutes = [recheck];
