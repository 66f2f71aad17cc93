import { access } from 'node:fs/promises';
import { type EvidenceEntry, type EvidenceVerdict, readEvidenceLog, verifyEvidence } from '@piguard/scan';
import type { Kysely } from 'kysely';
import type { WorkbenchDatabase } from '../store/database-schema.js';

/** How one evidence link of a case stands against the chain. */
export type LinkStatus = 'intact' | 'altered' | 'missing' | 'not-in-chain';

/** One evidence link of a case, checked. */
export interface CheckedLink {
  id: string;
  evidenceRef: string;
  sha256: string;
  status: LinkStatus;
  seq?: number;
}

/** The verdict on a case's evidence: the chain, and each attached item. */
export interface CaseEvidenceVerdict {
  ok: boolean;
  chain: EvidenceVerdict;
  links: CheckedLink[];
}

/** The verdict, and the chain entries of the attached captures (their capture and findings entries). */
export interface CaseEvidenceCheck {
  verdict: CaseEvidenceVerdict;
  entries: EvidenceEntry[];
}

/** Verifies a unit's chain; a unit that has never captured anything has an empty, intact chain. */
export async function verifyUnitChain(dir: string): Promise<EvidenceVerdict> {
  const exists = await access(dir).then(
    () => true,
    () => false,
  );
  return exists ? verifyEvidence(dir) : { ok: true, entries: 0, captures: 0, problems: [] };
}

/**
 * Checks a case's evidence against the chain in `dir` (the owning unit's): the chain itself, and that each
 * attached capture is in it and intact. `owned` false (a unit the case is shared with) keeps the verdict and
 * each problem's kind, not the messages, which would name the owning unit's other sources.
 */
export async function checkCaseEvidence(
  db: Kysely<WorkbenchDatabase>,
  dir: string,
  caseId: string,
  owned: boolean,
): Promise<CaseEvidenceCheck> {
  const full = await verifyUnitChain(dir);
  const chain: EvidenceVerdict = owned
    ? full
    : {
        ...full,
        problems: full.problems.map((p) => ({
          kind: p.kind,
          ...(p.seq !== undefined ? { seq: p.seq } : {}),
          message: p.seq !== undefined ? `entry ${p.seq}: ${p.kind}` : p.kind,
        })),
      };
  let log: EvidenceEntry[] = [];
  if (chain.entries > 0) {
    try {
      log = await readEvidenceLog(dir);
    } catch {
      // An unparsable line: the chain verdict names it; the links are then not found in the log.
    }
  }
  const bad = new Map(chain.problems.filter((p) => p.seq !== undefined).map((p) => [p.seq as number, p.kind]));
  const links = await db.selectFrom('evidence_links').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
  const checked = links.map((l): CheckedLink => {
    const capture = log.find((e) => e.type === 'capture' && e.sha256 === l.sha256);
    const problem = capture ? bad.get(capture.seq) : undefined;
    const status = !capture ? 'not-in-chain' : problem === 'capture-missing' ? 'missing' : problem ? 'altered' : 'intact';
    return { id: l.id, evidenceRef: l.evidence_ref, sha256: l.sha256, status, ...(capture ? { seq: capture.seq } : {}) };
  });
  const attached = new Set(links.map((l) => l.sha256));
  const entries = log.filter(
    (e) => (e.type === 'capture' && attached.has(e.sha256)) || (e.type === 'findings' && e.capture && attached.has(e.capture)),
  );
  return { verdict: { ok: chain.ok && checked.every((l) => l.status === 'intact'), chain, links: checked }, entries };
}
