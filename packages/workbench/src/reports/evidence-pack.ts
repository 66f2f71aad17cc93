import { createHash } from 'node:crypto';
import { buildZip, type ZipFile } from '@piguard/scan';
import type { CaseReportData } from './case-report-data.js';

/** What goes into a case's evidence pack. */
export interface EvidencePackInput {
  data: CaseReportData;
  reportHtml: string;
  reportPdf: Uint8Array;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/**
 * The evidence pack of a case, laid out like `piguard evidence export` (and built by its zip writer): the case
 * report (HTML and PDF), `evidence.json` (each attached item: reference, description, SHA-256) and `manifest.json`
 * with the SHA-256 and size of every other file, so that anyone can check the pack with `sha256sum`. Capture
 * bytes hold raw PI and the API serves none: the pack names each capture by its SHA-256, which the unit's
 * evidence chain (`piguard evidence export`, `GET /api/cases/:id/evidence/verify`) holds and checks.
 */
export function buildEvidencePack(input: EvidencePackInput): Buffer {
  const { data } = input;
  const files: ZipFile[] = [
    { path: 'report.html', bytes: Buffer.from(input.reportHtml) },
    { path: 'report.pdf', bytes: input.reportPdf },
  ];
  const evidence = {
    case: { id: data.case.id, title: data.case.title, unit: data.case.unitName, status: data.case.status },
    evidence: data.evidence.map((e) => ({
      evidenceRef: e.evidenceRef,
      description: e.description,
      attachedAt: e.createdAt,
      sha256: e.sha256,
    })),
  };
  files.push({ path: 'evidence.json', bytes: Buffer.from(`${JSON.stringify(evidence, null, 2)}\n`) });
  const manifest = {
    createdAt: data.generatedAt,
    createdBy: data.generatedBy,
    case: data.case.id,
    files: files.map((f) => ({ path: f.path, sha256: sha256(f.bytes), size: f.bytes.length })),
  };
  files.push({ path: 'manifest.json', bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) });
  return buildZip(files);
}
