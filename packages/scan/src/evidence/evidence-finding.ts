import type { ScanFinding } from '../scan/scan-finding.js';
import type { EvidenceFinding } from './evidence-entry.js';

/** A finding as evidence stores it: masked preview, fingerprint and location; never the raw value. */
export function evidenceFinding(f: ScanFinding): EvidenceFinding {
  const cell: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(f.cell ?? {})) if (v !== undefined) cell[k] = v;
  return {
    piType: f.piType,
    entity: f.entity,
    class: f.class,
    state: f.state,
    score: Math.round(f.score * 1000) / 1000,
    masked: f.masked,
    ...(f.fingerprint ? { fingerprint: f.fingerprint } : {}),
    ...(f.line !== undefined ? { line: f.line } : {}),
    ...(f.column !== undefined ? { column: f.column } : {}),
    ...(Object.keys(cell).length > 0 ? { cell } : {}),
    ...(f.attributes.minor === true ? { minor: true } : {}),
  };
}

/** People a source's findings point to: distinct identity numbers, else distinct values of any identifying type. */
export function peopleIn(findings: readonly EvidenceFinding[]): number {
  const ids = new Set<string>();
  for (const f of findings) if (f.piType.startsWith('PI.ID.')) ids.add(f.fingerprint ?? f.masked);
  return ids.size;
}
