import type { Finding } from '../finding.js';

function better(a: Finding, b: Finding): boolean {
  if (a.score !== b.score) return a.score > b.score;
  const la = a.end - a.start;
  const lb = b.end - b.start;
  if (la !== lb) return la > lb;
  return false;
}

/**
 * Resolves competing readings of one span: where two findings cover the same characters in part (or
 * exactly), the better-scored one stays. A finding strictly inside another is a different fact (the QQ
 * number inside a QQ mail address, the phone inside a URL) and both stay.
 */
export function resolveOverlaps(findings: Finding[]): Finding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  // `kept` stays ordered by start, so once a kept finding starts a longest-finding length before `f`, neither it
  // nor anything before it can reach `f`: the look-back is bounded and dense texts stay linear.
  let maxLen = 0;
  for (const f of sorted) maxLen = Math.max(maxLen, f.end - f.start);
  const kept: Finding[] = [];
  for (const f of sorted) {
    let keep = true;
    for (let i = kept.length - 1; i >= 0; i--) {
      const k = kept[i]!;
      if (k.start + maxLen <= f.start) break;
      if (k.end <= f.start) continue;
      const strictlyInside =
        (f.start >= k.start && f.end <= k.end && (f.start > k.start || f.end < k.end)) ||
        (k.start >= f.start && k.end <= f.end && (k.start > f.start || k.end < f.end));
      if (strictlyInside) continue;
      if (better(f, k)) {
        kept.splice(i, 1);
      } else {
        keep = false;
        break;
      }
    }
    if (keep) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
