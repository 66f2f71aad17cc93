import { classOf, isPiType, type PiClass, taxonomyEntry } from '@piguard/core';
import type { Kysely, Selectable } from 'kysely';
import type { CaseTable, WorkbenchDatabase } from '../store/database-schema.js';
import { refForSharedUnit } from '../scans/capture-ref.js';
import { maskFreeText } from './mask-free-text.js';

/** A PI type with its names and legal class. */
export interface ReportPiType {
  id: string;
  zh: string;
  en: string;
  class: PiClass | 'unknown';
}

/** One criminal-law tier of a lead's harm assessment (the shape of CriminalTierCount in @piguard/core). */
export interface ReportCriminalTier {
  crimTier: number;
  piTypes: string[];
  records: number;
  level: string;
}

/** A lead as a report prints it: every text masked, samples from its scan's masked findings. */
export interface ReportLead {
  id: string;
  title: string;
  subject: { name: string; type: string; region: string | null };
  sourceKind: string;
  sourceRef: string | null;
  piTypes: ReportPiType[];
  peopleAffected: number;
  minors: number;
  scaleBand: string | null;
  riskLevel: string;
  criminalTiers: ReportCriminalTier[];
  thresholdsCrossed: string[];
  /** Masked previews of the scan's findings (never raw values), at most {@link SAMPLES_PER_LEAD}. */
  samples: { piType: string; masked: string; location: string }[];
  findingsTotal: number;
}

/** A timeline event. */
export interface ReportEvent {
  kind: string;
  title: string;
  detail: string;
  occurredAt: string;
  dueAt: string | null;
}

/** A recommendation (检察建议), its deadline and the first response after it. */
export interface ReportDeadline {
  title: string;
  issuedAt: string;
  dueAt: string;
  respondedAt: string | null;
  /** Answered after the deadline, or unanswered with the deadline past. */
  overdue: boolean;
}

/** A piece of evidence attached to the case. */
export interface ReportEvidence {
  evidenceRef: string;
  sha256: string;
  description: string;
  createdAt: string;
}

/** The latest rectification check (整改复查). */
export interface ReportRectification {
  verdict: string;
  occurredAt: string;
  before: { findings: number; people: number } | null;
  after: { findings: number; people: number } | null;
}

/** Everything a case report shows, read once from the store. */
export interface CaseReportData {
  generatedAt: string;
  generatedBy: string;
  case: { id: string; title: string; kind: string; status: string; unitName: string; createdAt: string; updatedAt: string };
  leads: ReportLead[];
  timeline: ReportEvent[];
  deadlines: ReportDeadline[];
  evidence: ReportEvidence[];
  rectification: ReportRectification | null;
}

/** How many masked samples a report shows per lead. */
export const SAMPLES_PER_LEAD = 10;

function piTypeOf(id: string): ReportPiType {
  if (!isPiType(id)) return { id, zh: id, en: id, class: 'unknown' };
  const e = taxonomyEntry(id);
  return { id, zh: e.zh, en: e.en, class: classOf(id) };
}

/** A stored location (`file:line:col`, or `source {cell JSON}`) as people read it: `file · column · row 3`. */
export function readableLocation(location: string): string {
  const brace = location.indexOf(' {');
  if (brace < 0) return location;
  try {
    const cell = JSON.parse(location.slice(brace + 1)) as Record<string, unknown>;
    const parts = Object.entries(cell)
      .filter(([, v]) => v !== undefined && v !== null && v !== '')
      .map(([k, v]) => (k === 'column' || k === 'table' || k === 'keyPath' ? String(v) : `${k} ${String(v)}`));
    return [location.slice(0, brace), ...parts].join(' · ');
  } catch {
    return location;
  }
}

function rectificationOf(e: { title: string; detail: string; occurred_at: string }): ReportRectification {
  let before: ReportRectification['before'] = null;
  let after: ReportRectification['after'] = null;
  try {
    const d = JSON.parse(e.detail) as { before?: ReportRectification['before']; after?: ReportRectification['after'] };
    before = d.before ?? null;
    after = d.after ?? null;
  } catch {
    // A hand-written check: the verdict (its title) alone.
  }
  return { verdict: e.title, occurredAt: e.occurred_at, before, after };
}

/**
 * Reads what a report of `row` shows. The case must already be visible to the caller (the route checks). Every
 * text a user typed is masked here, so that the renderers can only print masked values. A unit the case is only
 * shared with gets no scan samples and no lead sources: it cannot read the owning unit's scans and leads either.
 */
export async function loadCaseReport(
  db: Kysely<WorkbenchDatabase>,
  row: Selectable<CaseTable>,
  reader: { name: string; owned: boolean },
  now: Date,
): Promise<CaseReportData> {
  const generatedBy = reader.name;
  const [unit, leads, events, evidence] = await Promise.all([
    db.selectFrom('units').select('name').where('id', '=', row.unit_id).executeTakeFirst(),
    db
      .selectFrom('case_leads')
      .innerJoin('leads', 'leads.id', 'case_leads.lead_id')
      .selectAll('leads')
      .where('case_leads.case_id', '=', row.id)
      .orderBy('leads.created_at')
      .execute(),
    db.selectFrom('case_events').selectAll().where('case_id', '=', row.id).orderBy('occurred_at').orderBy('created_at').execute(),
    db.selectFrom('evidence_links').selectAll().where('case_id', '=', row.id).orderBy('created_at').execute(),
  ]);
  const reportLeads: ReportLead[] = [];
  for (const l of leads) {
    const harm = JSON.parse(l.harm) as { criminalTiers?: ReportCriminalTier[]; thresholdsCrossed?: string[] };
    let samples: ReportLead['samples'] = [];
    let findingsTotal = 0;
    if (l.scan_id && reader.owned) {
      const count = await db
        .selectFrom('scan_findings')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('scan_id', '=', l.scan_id)
        .executeTakeFirst();
      findingsTotal = Number(count?.n ?? 0);
      const found = await db
        .selectFrom('scan_findings')
        .select(['pi_type', 'masked', 'location'])
        .where('scan_id', '=', l.scan_id)
        .orderBy('location')
        .limit(SAMPLES_PER_LEAD)
        .execute();
      samples = found
        .map((f) => ({ piType: f.pi_type, masked: f.masked, location: maskFreeText(readableLocation(f.location)) }))
        .sort((x, y) => x.location.localeCompare(y.location, 'en', { numeric: true }));
    }
    reportLeads.push({
      id: l.id,
      title: maskFreeText(l.title),
      subject: {
        name: maskFreeText(l.subject_name),
        type: l.subject_type,
        region: l.subject_region === null ? null : maskFreeText(l.subject_region),
      },
      sourceKind: l.source_kind,
      sourceRef: l.source_ref === null || !reader.owned ? null : maskFreeText(l.source_ref),
      piTypes: (JSON.parse(l.pi_types) as string[]).map(piTypeOf),
      peopleAffected: Number(l.people_affected),
      minors: Number(l.minors),
      scaleBand: l.scale_band,
      riskLevel: l.risk_level,
      criminalTiers: harm.criminalTiers ?? [],
      thresholdsCrossed: harm.thresholdsCrossed ?? [],
      samples,
      findingsTotal,
    });
  }
  const timeline: ReportEvent[] = events.map((e) => ({
    kind: e.kind,
    title: maskFreeText(e.title),
    // A rectification check's detail is machine JSON (scan id, counts): the report shows it in its own section.
    detail: e.kind === 'rectification-check' ? '' : maskFreeText(e.detail),
    occurredAt: e.occurred_at,
    dueAt: e.due_at,
  }));
  const deadlines: ReportDeadline[] = events
    .filter((e) => e.kind === 'recommendation' && e.due_at !== null)
    .map((e) => {
      const response = events.find((r) => r.kind === 'response' && r.occurred_at >= e.occurred_at);
      const dueAt = e.due_at ?? '';
      const respondedAt = response?.occurred_at ?? null;
      return {
        title: maskFreeText(e.title),
        issuedAt: e.occurred_at,
        dueAt,
        respondedAt,
        overdue: respondedAt === null ? dueAt < now.toISOString() : respondedAt > dueAt,
      };
    });
  const checks = events.filter((e) => e.kind === 'rectification-check');
  const lastCheck = checks[checks.length - 1];
  return {
    generatedAt: now.toISOString(),
    generatedBy,
    case: {
      id: row.id,
      title: maskFreeText(row.title),
      kind: row.kind,
      status: row.status,
      unitName: unit?.name ?? row.unit_id,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    },
    leads: reportLeads,
    timeline,
    deadlines,
    evidence: evidence.map((e) => ({
      evidenceRef: maskFreeText(reader.owned ? e.evidence_ref : refForSharedUnit(e.evidence_ref)),
      sha256: e.sha256,
      description: maskFreeText(e.description),
      createdAt: e.created_at,
    })),
    rectification: lastCheck ? rectificationOf(lastCheck) : null,
  };
}
