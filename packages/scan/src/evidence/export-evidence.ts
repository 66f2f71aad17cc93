import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { captureFiles } from './capture-files.js';
import type { EvidenceEntry } from './evidence-entry.js';
import { sha256Hex } from './evidence-entry.js';
import { HEAD_FILE, LOG_FILE, readEvidenceLog } from './evidence-log.js';
import { evidenceReport, type ManifestFile } from './evidence-report.js';
import { verifyEvidence, type EvidenceVerdict } from './verify-evidence.js';
import { buildZip, type ZipFile } from './zip-writer.js';

/** What an export wrote. */
export interface EvidenceExport {
  out: string;
  files: ManifestFile[];
  verdict: EvidenceVerdict;
}

/**
 * Packs an evidence directory into a zip: the captures, the log and head, `findings.json`, `manifest.json`
 * (SHA-256 of every file, and the verify verdict) and `report.html` for people without piguard. A broken
 * directory is still packed (the report says so); the caller decides what that means.
 */
export async function exportEvidence(dir: string, out: string, now: Date = new Date()): Promise<EvidenceExport> {
  const verdict = await verifyEvidence(dir);
  let entries: EvidenceEntry[] = [];
  try {
    entries = await readEvidenceLog(dir);
  } catch {
    // An unparsable line: the verdict already names it; the pack carries the raw log.
  }
  const files: ZipFile[] = [];
  for (const name of [LOG_FILE, HEAD_FILE]) {
    try {
      files.push({ path: name, bytes: await readFile(join(dir, name)) });
    } catch {
      // Missing: reported by the verdict.
    }
  }
  files.push(...(await captureFiles(dir, entries)));
  const findings = entries.filter((e) => e.type === 'findings');
  files.push({ path: 'findings.json', bytes: Buffer.from(`${JSON.stringify(findings, null, 2)}\n`) });
  const listed: ManifestFile[] = files.map((f) => ({ path: f.path, sha256: sha256Hex(f.bytes), size: f.bytes.length }));
  const report = Buffer.from(evidenceReport(entries, verdict, listed, now));
  const manifest = {
    createdAt: now.toISOString(),
    tool: entries[0]?.tool,
    verified: verdict.ok,
    problems: verdict.problems,
    files: listed,
    report: { path: 'report.html', sha256: sha256Hex(report) },
  };
  files.push({ path: 'report.html', bytes: report });
  files.push({ path: 'manifest.json', bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) });
  await writeFile(out, buildZip(files));
  return { out, files: [...listed, { path: 'report.html', sha256: sha256Hex(report), size: report.length }], verdict };
}
