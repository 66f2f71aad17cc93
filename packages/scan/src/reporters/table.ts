import { isPiType, taxonomyEntry } from '@piguard/core';
import type { ScanIssue } from '../scan-issue.js';
import type { ScanSummary } from '../scan/create-scan.js';
import type { ScanFinding } from '../scan/scan-finding.js';
import { displayWidth, pad } from './display-width.js';
import { findingLocation } from './finding-json.js';
import type { ReporterFactory, ReportWriter } from './reporter.js';

const DEFAULT_TOP = 20;
const BAND_PEOPLE: Record<string, string> = {
  S0: 'under 50 people',
  S1: '50–499 people',
  S2: '500–4,999 people',
  S3: '5,000–99,999 people',
  S4: '100,000–999,999 people',
  S5: '1–9.99 million people',
  S6: '10 million people or more',
};

/** Sensitive first, then higher scores; earlier findings win ties (the order they were found in). */
function outranks(a: ScanFinding, b: ScanFinding): boolean {
  if (a.class !== b.class) return a.class === 'sensitive';
  return a.score > b.score;
}

function bytesText(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

function typeName(piType: string): string {
  if (!isPiType(piType)) return piType;
  const e = taxonomyEntry(piType);
  return `${e.en} ${e.zh}`;
}

function columns(out: ReportWriter, rows: string[][], rightAligned: ReadonlySet<number>): void {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => displayWidth(r[i] ?? '')))) ?? [];
  for (const r of rows) {
    const line = r.map((cell, i) => pad(cell, widths[i] ?? 0, rightAligned.has(i) ? 'right' : 'left')).join('  ');
    out.write(`  ${line.trimEnd()}\n`);
  }
}

/**
 * The default report, for people at a terminal: what PI by class and type, how many people and how
 * sensitive, the scale band and legal thresholds, the top findings with masked previews and where they
 * are, then the issues. Keeps only the top findings in memory.
 */
export const table: ReporterFactory = (out, options = {}) => {
  const limit = options.top ?? DEFAULT_TOP;
  const reveal = options.reveal === true;
  const top: ScanFinding[] = [];
  const issues: ScanIssue[] = [];
  return {
    finding(f) {
      if (limit <= 0) return;
      if (top.length === limit && !outranks(f, top[top.length - 1] as ScanFinding)) return;
      let i = top.length;
      while (i > 0 && outranks(f, top[i - 1] as ScanFinding)) i--;
      top.splice(i, 0, f);
      if (top.length > limit) top.pop();
    },
    issue(i) {
      issues.push(i);
    },
    end(s: ScanSummary) {
      const seconds = (s.durationMs / 1000).toFixed(2);
      out.write(
        `piguard: ${s.files} ${s.files === 1 ? 'source' : 'sources'}, ${bytesText(s.bytes)} in ${seconds} s: ` +
          `${s.findings} ${s.findings === 1 ? 'finding' : 'findings'} in ${s.recordsWithPi} of ${s.records} ${s.records === 1 ? 'record' : 'records'}\n\n`,
      );
      if (s.findings === 0) out.write('No personal information found.\n');
      else {
        out.write('Personal information by class and type\n');
        const types = [...s.byType].sort((a, b) => (a.class !== b.class ? (a.class === 'sensitive' ? -1 : 1) : b.findings - a.findings));
        columns(
          out,
          [
            ['class', 'type', 'name', 'findings', 'exposed', 'partly masked', 'masked', 'tokenized'],
            ...types.map((t) => [
              t.class,
              t.piType,
              typeName(t.piType),
              String(t.findings),
              String(t.exposed),
              String(t.partiallyMasked),
              String(t.masked),
              String(t.tokenized),
            ]),
          ],
          new Set([3, 4, 5, 6, 7]),
        );
        out.write('\nPeople\n');
        const tiers = s.criminalTiers
          .filter((t) => t.records > 0)
          .map((t) => `${t.crimTier}-record tier: ${t.records} ${t.records === 1 ? 'record' : 'records'}, ${t.level.replace('_', ' ')}`);
        columns(
          out,
          [
            ['distinct people', String(s.people.distinct)],
            ['with sensitive PI', String(s.people.sensitive)],
            ['minors (under 14)', String(s.people.minors)],
            [
              'scale band',
              `${s.scale.band} (${BAND_PEOPLE[s.scale.band] ?? ''}${s.scale.band !== s.scale.baseBand ? `; ${s.scale.baseBand} before escalation` : ''})`,
            ],
            ['thresholds reached', s.scale.thresholds.length > 0 ? s.scale.thresholds.join('; ') : 'none'],
            ['criminal-law tiers', tiers.length > 0 ? tiers.join('; ') : 'none'],
            ...(s.reconstructed > 0 ? [['masked copies combined', String(s.reconstructed)]] : []),
          ],
          new Set(),
        );
        out.write(`\nTop findings (${top.length} of ${s.findings})\n`);
        columns(
          out,
          top.map((f) => [f.class, f.score.toFixed(2), f.entity, reveal ? f.value : f.masked, f.state, findingLocation(f)]),
          new Set([1]),
        );
      }
      if (issues.length > 0) {
        out.write(`\nIssues (${issues.length})\n`);
        columns(
          out,
          issues.map((i) => [i.severity, i.code, i.source, i.message]),
          new Set(),
        );
      }
    },
  };
};
