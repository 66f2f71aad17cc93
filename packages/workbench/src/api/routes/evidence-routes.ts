import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { captureRef } from '../../scans/capture-ref.js';
import { checkCaseEvidence, verifyUnitChain } from '../../scans/case-evidence-check.js';
import type { JobCapture } from '../../scans/job-evidence.js';
import type { StoredScanSummary } from '../../scans/scan-job-runner.js';
import type { EvidenceLinkTable } from '../../store/database-schema.js';
import { ApiError, notFound } from '../api-error.js';
import type { AppDeps } from '../app-env.js';
import { defineRoute } from '../define-route.js';
import { ownedCase, visibleCase } from '../visibility.js';

/** The unit's evidence directory, or a 409 when this server keeps no evidence. */
function unitDir(deps: AppDeps, unitId: string): string {
  const evidence = deps.scanOptions.evidence;
  if (!evidence) throw new ApiError('E_CONFLICT', 'this server keeps no evidence store');
  return evidence.dirOf(unitId);
}

/** The captures a scan stored, from its record. */
function scanCaptures(summary: string | null): JobCapture[] {
  if (!summary) return [];
  return (JSON.parse(summary) as Partial<StoredScanSummary>).evidence?.captures ?? [];
}

const scanEvidence = defineRoute({
  method: 'get',
  path: '/api/scans/:id/evidence',
  summary: "What a scan put into its unit's evidence chain: each capture's kind, masked source, SHA-256, size and time",
  tag: 'evidence',
  async handle({ deps, params, user }) {
    const scan = await deps.store.db
      .selectFrom('scans')
      .select(['id', 'summary'])
      .where('id', '=', params.id ?? '')
      .where('unit_id', '=', user.unitId)
      .executeTakeFirst();
    if (!scan) throw notFound('scan');
    const evidence = scan.summary ? (JSON.parse(scan.summary) as Partial<StoredScanSummary>).evidence : undefined;
    return { scanId: scan.id, captures: evidence?.captures ?? [], ...(evidence?.error ? { error: evidence.error } : {}) };
  },
});

const verifyUnit = defineRoute({
  method: 'get',
  path: '/api/evidence/verify',
  summary: "Verify the unit's evidence chain: every entry's hash and link, head.json, every capture's SHA-256",
  tag: 'evidence',
  async handle({ deps, user }) {
    return verifyUnitChain(unitDir(deps, user.unitId));
  },
});

const verifyCaseEvidence = defineRoute({
  method: 'get',
  path: '/api/cases/:id/evidence/verify',
  summary: "Verify the chain of the case's evidence (the owning unit's evidence log) and that every attached capture is in it and intact",
  tag: 'evidence',
  async handle({ deps, params, user }) {
    const { row, owned } = await visibleCase(deps.store.db, user, params.id ?? '');
    return (await checkCaseEvidence(deps.store.db, unitDir(deps, row.unit_id), row.id, owned)).verdict;
  },
});

const attachCaptures = defineRoute({
  method: 'post',
  path: '/api/cases/:id/evidence/captures',
  summary: "Attach a scan's captures to a case (all of them, or those named by SHA-256), as references into the evidence chain",
  tag: 'evidence',
  permission: 'case:write',
  status: 201,
  body: z.object({
    scanId: z.string().min(1),
    sha256: z
      .array(z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex'))
      .max(500)
      .optional(),
  }),
  async handle({ deps, params, body, user }) {
    const { db } = deps.store;
    const kase = await ownedCase(db, user, params.id ?? '');
    const scan = await db
      .selectFrom('scans')
      .select(['id', 'summary'])
      .where('id', '=', body.scanId)
      .where('unit_id', '=', user.unitId)
      .executeTakeFirst();
    if (!scan) throw notFound('scan');
    const wanted = body.sha256 ? new Set(body.sha256) : undefined;
    const captures = scanCaptures(scan.summary).filter((c) => !wanted || wanted.has(c.sha256));
    if (captures.length === 0) throw new ApiError('E_CONFLICT', 'the scan stored no such capture in the evidence chain');
    // Attaching twice adds nothing: a capture already in the case is left as it is.
    const already = new Set(
      (await db.selectFrom('evidence_links').select('sha256').where('case_id', '=', kase.id).execute()).map((l) => l.sha256),
    );
    const fresh = captures.filter((c) => !already.has(c.sha256));
    if (fresh.length === 0) return { evidence: [] };
    // The case's lead made from this scan, if any, so that the evidence is filed under it.
    const lead = await db
      .selectFrom('case_leads')
      .innerJoin('leads', 'leads.id', 'case_leads.lead_id')
      .select('leads.id')
      .where('case_leads.case_id', '=', kase.id)
      .where('leads.scan_id', '=', scan.id)
      .executeTakeFirst();
    const now = deps.clock().toISOString();
    const links: Selectable<EvidenceLinkTable>[] = fresh.map((c) => ({
      id: randomUUID(),
      case_id: kase.id,
      lead_id: lead?.id ?? null,
      evidence_ref: captureRef(c),
      sha256: c.sha256,
      description: `${c.time} · ${c.size} B${c.rows !== undefined ? ` · ${c.rows} rows` : ''}${c.status !== undefined ? ` · HTTP ${c.status}` : ''}`,
      created_by: user.id,
      created_at: now,
    }));
    await db.insertInto('evidence_links').values(links).execute();
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'case.evidence',
      targetType: 'case',
      targetId: kase.id,
      detail: { scanId: scan.id, captures: links.map((l) => l.sha256) },
    });
    return {
      evidence: links.map((l) => ({
        id: l.id,
        leadId: l.lead_id,
        evidenceRef: l.evidence_ref,
        sha256: l.sha256,
        description: l.description,
      })),
    };
  },
});

/** Evidence: a scan's captures, verifying the unit's chain and a case's evidence, attaching captures to a case. */
export const evidenceRoutes = [scanEvidence, verifyUnit, verifyCaseEvidence, attachCaptures];
