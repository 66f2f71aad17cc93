import type { StoredScanSummary } from './scan-job-runner.js';

/** What a scan says about a lead: people affected, minors, scale band, PI types, harm and a risk level. */
export interface ScanAssessment {
  piTypes: string[];
  peopleAffected: number;
  minors: number;
  scaleBand: string;
  harm: { criminalTiers: StoredScanSummary['criminalTiers']; thresholdsCrossed: string[] };
  riskLevel: 'low' | 'medium' | 'high' | 'critical';
}

const HIGH_BANDS = new Set(['S5', 'S6']);

/**
 * Reads a finished scan's summary as a lead's assessment. The risk level is a first triage, not a legal finding:
 * critical at 情节特别严重 or ≥1M people, high at 情节严重, a regulatory threshold, sensitive PI or minors.
 */
export function assessScan(summary: StoredScanSummary): ScanAssessment {
  const tiers = summary.criminalTiers ?? [];
  const thresholds = summary.scale?.thresholds ?? [];
  let riskLevel: ScanAssessment['riskLevel'] = summary.findings > 0 ? 'medium' : 'low';
  if (tiers.some((t) => t.level === 'serious') || thresholds.length > 0 || summary.people.sensitive > 0 || summary.people.minors > 0)
    riskLevel = 'high';
  if (tiers.some((t) => t.level === 'especially_serious') || HIGH_BANDS.has(summary.scale.band)) riskLevel = 'critical';
  return {
    piTypes: summary.byType.filter((t) => t.findings > 0).map((t) => t.piType),
    peopleAffected: summary.people.distinct,
    minors: summary.people.minors,
    scaleBand: summary.scale.band,
    harm: { criminalTiers: tiers, thresholdsCrossed: thresholds },
    riskLevel,
  };
}
