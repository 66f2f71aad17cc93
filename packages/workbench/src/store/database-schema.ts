import type { Generated } from 'kysely';

// Portable column types on purpose: text ids (UUIDs), ISO-8601 text times, JSON as text and 0/1 integers
// read the same through better-sqlite3 and pg, so one set of migrations and queries serves both.

/** A unit (单位): an office whose users share leads and cases. */
export interface UnitTable {
  id: string;
  name: string;
  created_at: string;
}

/** The four roles of the workbench, from most to least powerful. */
export const ROLES = ['admin', 'investigator', 'reviewer', 'read-only'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** A person who logs in; `password_hash` is a self-describing scrypt string. */
export interface UserTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  role: Role;
  unit_id: string;
  disabled: number;
  /** 1 while the password is one an admin set (first run, new user, reset): the API then only allows changing it. */
  must_change_password: Generated<number>;
  created_at: string;
}

/** A login session; the id is the SHA-256 of the cookie token, so a stolen store holds no usable token. */
export interface SessionTable {
  id_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

/** A lead (线索). JSON columns hold arrays or objects as text. */
export interface LeadTable {
  id: string;
  unit_id: string;
  title: string;
  source_kind: string;
  source_ref: string | null;
  subject_name: string;
  subject_type: string;
  subject_region: string | null;
  pi_types: string;
  people_affected: number;
  minors: number;
  scale_band: string | null;
  harm: string;
  risk_level: string;
  status: string;
  scan_id: string | null;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** A transfer of a lead to another unit (线索移送). */
export interface LeadTransferTable {
  id: string;
  lead_id: string;
  from_unit_id: string;
  to_unit_id: string;
  note: string;
  transferred_by: string;
  created_at: string;
}

/** A case (案件). */
export interface CaseTable {
  id: string;
  unit_id: string;
  title: string;
  kind: string;
  status: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** The leads a case was opened from. */
export interface CaseLeadTable {
  case_id: string;
  lead_id: string;
}

/** Units other than the owner that may see a case. */
export interface CaseShareTable {
  case_id: string;
  unit_id: string;
}

/** One action on a case's timeline (investigation, 检察建议 with its deadline, response, litigation, judgment). */
export interface CaseEventTable {
  id: string;
  case_id: string;
  kind: string;
  title: string;
  detail: string;
  due_at: string | null;
  occurred_at: string;
  created_by: string;
  created_at: string;
}

/** Evidence attached to a case: a reference into the evidence store and the capture's SHA-256. */
export interface EvidenceLinkTable {
  id: string;
  case_id: string;
  lead_id: string | null;
  evidence_ref: string;
  sha256: string;
  description: string;
  created_by: string;
  created_at: string;
}

/** A scan job and its progress and summary (JSON text). */
export interface ScanTable {
  id: string;
  unit_id: string;
  kind: string;
  targets: string;
  status: string;
  progress: string;
  summary: string | null;
  created_by: string;
  created_at: string;
  finished_at: string | null;
}

/** A masked finding of a scan: never the raw value. */
export interface ScanFindingTable {
  id: string;
  scan_id: string;
  pi_type: string;
  masked: string;
  fingerprint: string;
  location: string;
  score: number;
}

/** A typical case (典型案例) of the library: its unit's own, readable by every unit when `shared` is 1. */
export interface TypicalCaseTable {
  id: string;
  unit_id: string;
  /** The closed case it was promoted from; null for one a user wrote up. */
  case_id: string | null;
  title: string;
  summary: string;
  pi_types: string;
  legal_basis: string;
  outcome: string;
  subject_type: string | null;
  region: string | null;
  shared: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

/** One entry of the audit log; `hash` chains over the previous entry's hash. */
export interface AuditLogTable {
  seq: number;
  at: string;
  actor_id: string | null;
  unit_id: string | null;
  action: string;
  target_type: string;
  target_id: string | null;
  detail: string;
  prev_hash: string;
  hash: string;
}

/** The whole schema, as Kysely sees it. */
export interface WorkbenchDatabase {
  units: UnitTable;
  users: UserTable;
  sessions: SessionTable;
  leads: LeadTable;
  lead_transfers: LeadTransferTable;
  cases: CaseTable;
  case_leads: CaseLeadTable;
  case_shares: CaseShareTable;
  case_events: CaseEventTable;
  evidence_links: EvidenceLinkTable;
  scans: ScanTable;
  scan_findings: ScanFindingTable;
  audit_log: AuditLogTable;
  typical_cases: TypicalCaseTable;
}
