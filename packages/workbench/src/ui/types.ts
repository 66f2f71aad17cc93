/** The API's shapes as the UI reads them. */
export interface User {
  id: string;
  username: string;
  displayName: string;
  role: string;
  unitId: string;
  /** The password is a temporary one an admin set: the API refuses everything until it is changed. */
  mustChangePassword: boolean;
}
export interface Lead {
  id: string;
  title: string;
  subject: { name: string; type: string; region: string | null };
  piTypes: string[];
  peopleAffected: number;
  minors: number;
  scaleBand: string | null;
  harm: { criminalTiers: { crimTier: number; records: number; level: string; piTypes: string[] }[]; thresholdsCrossed: string[] };
  riskLevel: string;
  status: string;
  scanId: string | null;
  createdAt: string;
}
export interface CaseSummary {
  id: string;
  title: string;
  kind: string;
  status: string;
  owned: boolean;
  createdAt: string;
}
export interface CaseDetail extends CaseSummary {
  leads: { id: string; title: string; peopleAffected: number; piTypes: string[]; status: string }[];
  timeline: { id: string; kind: string; title: string; detail: string; dueAt: string | null; occurredAt: string }[];
  evidence: { id: string; evidenceRef: string; sha256: string; description: string; createdAt: string }[];
  mayRevealCaptures: boolean;
}
export interface Scan {
  id: string;
  kind: string;
  targets: string[];
  status: string;
  progress: { files: number; bytes: number; findings: number };
  summary: { people?: { distinct: number; minors: number }; scale?: { band: string; thresholds: string[] }; issueList?: unknown[] } | null;
  createdAt: string;
}
export interface Finding {
  piType: string;
  masked: string;
  location: string;
}
export interface TypicalCase {
  id: string;
  caseId: string | null;
  title: string;
  summary: string;
  piTypes: string[];
  legalBasis: string;
  outcome: string;
  subjectType: string | null;
  region: string | null;
  shared: boolean;
  owned: boolean;
  createdAt: string;
}
