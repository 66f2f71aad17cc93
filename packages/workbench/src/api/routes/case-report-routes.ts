import { captureFiles } from '@piguard/scan';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import { type CaseReportData, loadCaseReport } from '../../reports/case-report-data.js';
import { caseReportHtml } from '../../reports/case-report-html.js';
import { buildEvidencePack } from '../../reports/evidence-pack.js';
import { renderPdf } from '../../reports/render-pdf.js';
import { checkCaseEvidence } from '../../scans/case-evidence-check.js';
import type { CaseTable } from '../../store/database-schema.js';
import { ApiError } from '../api-error.js';
import { defineRoute, type RouteInput } from '../define-route.js';
import { can } from '../permissions.js';
import { visibleCase } from '../visibility.js';

const lang = z.enum(['zh', 'en']).default('zh');

/** A download name: the case id (ASCII, safe in any header) and what the file is. */
function fileName(caseId: string, what: string, ext: string): string {
  return `case-${caseId.replace(/[^A-Za-z0-9-]/g, '')}-${what}.${ext}`;
}

function download(bytes: Uint8Array | string, type: string, name: string): Response {
  return new Response(typeof bytes === 'string' ? bytes : new Uint8Array(bytes), {
    status: 200,
    headers: {
      'content-type': type,
      'content-disposition': `attachment; filename="${name}"`,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      // The HTML report is a document to keep, not part of the app: it may run nothing and load nothing.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
    },
  });
}

/** The case's report data, and the case row and whether the user's unit owns it. */
async function reportOf(
  input: RouteInput<unknown, unknown>,
): Promise<{ data: CaseReportData; row: Selectable<CaseTable>; owned: boolean }> {
  const { deps, params, user } = input;
  const { row, owned } = await visibleCase(deps.store.db, user, params.id ?? '');
  return { data: await loadCaseReport(deps.store.db, row, { name: user.displayName, owned }, deps.clock()), row, owned };
}

const caseReport = defineRoute({
  method: 'get',
  path: '/api/cases/:id/report',
  summary: 'The case report (案件报告) as HTML or PDF (rendered by Chromium), Chinese by default; masked values only; audited',
  tag: 'cases',
  query: z.object({ format: z.enum(['html', 'pdf']).default('html'), lang }),
  async handle(input) {
    const { deps, query, user } = input;
    const { data } = await reportOf(input);
    const html = caseReportHtml(data, query.lang);
    const body = query.format === 'pdf' ? await renderPdf(html, { footer: data.case.title }) : html;
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: 'case.report',
      targetType: 'case',
      targetId: data.case.id,
      detail: { format: query.format, lang: query.lang },
    });
    return query.format === 'pdf'
      ? download(body, 'application/pdf', fileName(data.case.id, 'report', 'pdf'))
      : download(body, 'text/html; charset=utf-8', fileName(data.case.id, 'report', 'html'));
  },
});

const evidencePack = defineRoute({
  method: 'get',
  path: '/api/cases/:id/evidence-pack',
  summary:
    "The evidence pack of a case (zip: report HTML and PDF, evidence list, the chain check, manifest); `captures=1` adds the attached captures' bytes and chain entries (raw PI: reveal permission, owning unit only, audited as a reveal)",
  tag: 'cases',
  query: z.object({ lang, captures: z.enum(['0', '1']).default('0') }),
  async handle(input) {
    const { deps, query, user } = input;
    const { data, row, owned } = await reportOf(input);
    // Capture bytes are the raw PI as found: only those who may reveal, of the unit that owns the evidence.
    const reveal = query.captures === '1';
    if (reveal && !(owned && can(user.role, 'reveal')))
      throw new ApiError('E_FORBIDDEN', "the captures need the reveal permission in the case's own unit");
    const dir = deps.scanOptions.evidence?.dirOf(row.unit_id);
    const check = dir ? await checkCaseEvidence(deps.store.db, dir, row.id, owned) : undefined;
    const files = dir && check && reveal ? await captureFiles(dir, check.entries) : [];
    const reportHtml = caseReportHtml(data, query.lang);
    const reportPdf = await renderPdf(reportHtml, { footer: data.case.title });
    const zip = buildEvidencePack({
      data,
      reportHtml,
      reportPdf,
      ...(check ? { verdict: check.verdict } : {}),
      ...(reveal ? { captures: { files, entries: check?.entries ?? [] } } : {}),
    });
    // Audited before a byte is sent: a pack with captures is a reveal of every capture it holds.
    await deps.audit.append({
      actorId: user.id,
      unitId: user.unitId,
      action: reveal ? 'case.evidence-pack.reveal' : 'case.evidence-pack',
      targetType: 'case',
      targetId: data.case.id,
      detail: {
        lang: query.lang,
        evidence: data.evidence.length,
        ...(reveal ? { captures: files.map((f) => f.path.slice(f.path.lastIndexOf('/') + 1)) } : {}),
      },
    });
    const name = reveal ? 'evidence-pack-captures' : 'evidence-pack';
    return download(zip, 'application/zip', fileName(data.case.id, name, 'zip'));
  },
});

/** Case report and evidence pack downloads. */
export const caseReportRoutes = [caseReport, evidencePack];
