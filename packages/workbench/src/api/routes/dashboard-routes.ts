import { z } from 'zod';
import { defineRoute } from '../define-route.js';

type Counts = Record<string, number>;

function bump(counts: Counts, key: string | null | undefined, by = 1): void {
  const k = key ?? '—';
  counts[k] = (counts[k] ?? 0) + by;
}

const dashboard = defineRoute({
  method: 'get',
  path: '/api/dashboard',
  summary: "Counts over the unit's leads and visible cases: by status, PI type, region, subject type and month",
  tag: 'dashboard',
  query: z.object({}),
  async handle({ deps, user }) {
    const { db } = deps.store;
    const leads = await db
      .selectFrom('leads')
      .select(['status', 'risk_level', 'pi_types', 'people_affected', 'minors', 'subject_type', 'subject_region', 'created_at'])
      .where('unit_id', '=', user.unitId)
      .execute();
    const cases = await db
      .selectFrom('cases')
      .select(['status', 'kind'])
      .where((eb) =>
        eb.or([
          eb('unit_id', '=', user.unitId),
          eb('id', 'in', eb.selectFrom('case_shares').select('case_id').where('unit_id', '=', user.unitId)),
        ]),
      )
      .execute();
    const typical = await db
      .selectFrom('typical_cases')
      .select(['unit_id'])
      .where((eb) => eb.or([eb('unit_id', '=', user.unitId), eb('shared', '=', 1)]))
      .execute();
    const out = {
      leads: leads.length,
      cases: cases.length,
      // The library as this unit sees it: its own typical cases and those other units shared.
      typicalCases: typical.length,
      typicalCasesOwn: typical.filter((t) => t.unit_id === user.unitId).length,
      peopleAffected: 0,
      minors: 0,
      leadsByStatus: {} as Counts,
      leadsByRisk: {} as Counts,
      leadsByPiType: {} as Counts,
      leadsBySubjectType: {} as Counts,
      leadsByRegion: {} as Counts,
      leadsByMonth: {} as Counts,
      casesByStatus: {} as Counts,
      casesByKind: {} as Counts,
    };
    for (const l of leads) {
      out.peopleAffected += Number(l.people_affected);
      out.minors += Number(l.minors);
      bump(out.leadsByStatus, l.status);
      bump(out.leadsByRisk, l.risk_level);
      for (const t of JSON.parse(l.pi_types) as string[]) bump(out.leadsByPiType, t);
      bump(out.leadsBySubjectType, l.subject_type);
      bump(out.leadsByRegion, l.subject_region);
      bump(out.leadsByMonth, l.created_at.slice(0, 7));
    }
    for (const c of cases) {
      bump(out.casesByStatus, c.status);
      bump(out.casesByKind, c.kind);
    }
    return out;
  },
});

/** The dashboard's numbers. */
export const dashboardRoutes = [dashboard];
