import type { Role } from '../store/database-schema.js';

/** What a role may do; reading what one's unit can see is open to every role. */
export type Permission =
  | 'lead:write' // create, edit, transfer leads; run scans
  | 'review' // change the status of leads and cases
  | 'case:write' // open cases, add timeline events and evidence, share
  | 'reveal' // see a raw value (always audited)
  | 'admin'; // units, users, the audit log

const GRANTS: Record<Role, readonly Permission[]> = {
  admin: ['lead:write', 'review', 'case:write', 'reveal', 'admin'],
  investigator: ['lead:write', 'review', 'case:write', 'reveal'],
  reviewer: ['review'],
  'read-only': [],
};

/** Whether `role` holds `permission`. */
export function can(role: Role, permission: Permission): boolean {
  return GRANTS[role].includes(permission);
}
