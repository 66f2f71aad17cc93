import { createHash } from 'node:crypto';
import { buildZip, type EvidenceEntry, type ZipFile } from '@piguard/scan';
import type { CaseEvidenceVerdict } from '../scans/case-evidence-check.js';
import type { CaseReportData } from './case-report-data.js';

/** What goes into a case's evidence pack. */
export interface EvidencePackInput {
  data: CaseReportData;
  reportHtml: string;
  reportPdf: Uint8Array;
  /** The check of the case's evidence against its unit's chain; absent when the server keeps no evidence. */
  verdict?: CaseEvidenceVerdict;
  /** Only in a revealing pack: the attached captures' bytes (`captures/<sha256>`) and their chain entries. */
  captures?: { files: ZipFile[]; entries: EvidenceEntry[] };
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const json = (value: unknown): Buffer => Buffer.from(`${JSON.stringify(value, null, 2)}\n`);

/**
 * The evidence pack of a case, laid out like `piguard evidence export` (and built by its zip writer): the case
 * report (HTML and PDF), `evidence.json` (each attached item: reference, description, SHA-256),
 * `verification.json` (the case's evidence checked against the chain) and `manifest.json` with the SHA-256 and
 * size of every other file, so that anyone can check the pack with `sha256sum`. A revealing pack adds the
 * attached captures as stored (`captures/<sha256>`, raw PI) and their chain entries (`chain-entries.jsonl`,
 * one entry a line, each still checkable against its own `hash`).
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
  files.push({ path: 'evidence.json', bytes: json(evidence) });
  if (input.verdict) files.push({ path: 'verification.json', bytes: json(input.verdict) });
  if (input.captures) {
    files.push(...input.captures.files);
    const lines = input.captures.entries.map((e) => `${JSON.stringify(e)}\n`).join('');
    files.push({ path: 'chain-entries.jsonl', bytes: Buffer.from(lines) });
  }
  const manifest = {
    createdAt: data.generatedAt,
    createdBy: data.generatedBy,
    case: data.case.id,
    captures: input.captures?.files.length ?? 0,
    ...(input.verdict ? { verified: input.verdict.ok } : {}),
    files: files.map((f) => ({ path: f.path, sha256: sha256(f.bytes), size: f.bytes.length })),
  };
  files.push({ path: 'manifest.json', bytes: json(manifest) });
  return buildZip(files);
}
