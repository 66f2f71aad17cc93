import type { JobCapture } from './job-evidence.js';

// The evidence reference of a capture attached from a scan: `evidence #<seq> <kind>: <source>`. The source is
// the owning unit's (a path, a URL, a masked database URL), which a unit the case is shared with does not read.
const CAPTURE_REF = /^(evidence #\d+ [a-z-]+): .*$/s;

/** The evidence reference under which a scan's capture is attached to a case. */
export function captureRef(c: Pick<JobCapture, 'seq' | 'kind' | 'source'>): string {
  return `evidence #${c.seq} ${c.kind}: ${c.source}`.slice(0, 500);
}

/** A reference as a unit the case is shared with sees it: a capture's without its source, any other as typed. */
export function refForSharedUnit(ref: string): string {
  return ref.replace(CAPTURE_REF, '$1');
}
