import { z } from 'zod';
import { defineRoute } from '../define-route.js';

const DAY_MS = 86_400_000;

const reminders = defineRoute({
  method: 'get',
  path: '/api/reminders',
  summary: "Recommendations (检察建议) of the unit's cases that await a response: overdue, or due within the given days",
  tag: 'cases',
  query: z.object({ withinDays: z.coerce.number().int().min(0).max(365).default(14) }),
  async handle({ deps, query, user }) {
    const { db } = deps.store;
    const recs = await db
      .selectFrom('case_events')
      .innerJoin('cases', 'cases.id', 'case_events.case_id')
      .select([
        'case_events.id',
        'case_events.case_id',
        'case_events.title',
        'case_events.due_at',
        'case_events.occurred_at',
        'cases.title as case_title',
      ])
      .where('cases.unit_id', '=', user.unitId)
      .where('cases.status', '!=', 'closed')
      .where('case_events.kind', '=', 'recommendation')
      .where('case_events.due_at', 'is not', null)
      .execute();
    const responses = await db
      .selectFrom('case_events')
      .select(['case_id', 'occurred_at'])
      .where('kind', '=', 'response')
      .where('case_id', 'in', recs.length > 0 ? [...new Set(recs.map((r) => r.case_id))] : [''])
      .execute();
    const now = deps.clock().getTime();
    const out = recs
      // A response after the recommendation answers it.
      .filter((r) => !responses.some((x) => x.case_id === r.case_id && x.occurred_at >= r.occurred_at))
      .map((r) => {
        const due = new Date(r.due_at ?? '').getTime();
        const daysLeft = Math.ceil((due - now) / DAY_MS);
        return { caseId: r.case_id, caseTitle: r.case_title, eventId: r.id, title: r.title, dueAt: r.due_at, daysLeft, overdue: due < now };
      })
      .filter((r) => r.daysLeft <= query.withinDays)
      .sort((a, b) => a.daysLeft - b.daysLeft);
    return { reminders: out };
  },
});

/** Deadline reminders. */
export const reminderRoutes = [reminders];
