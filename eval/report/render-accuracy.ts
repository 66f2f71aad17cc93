import type { VariantResult } from '../scoring/score-documents.js';
import { metricsOf, mergeCounts, type TypeCounts } from '../scoring/type-counts.js';
import { formatTable } from './format-table.js';

/** One suite's outcome as the report shows it. */
export interface SuiteReport {
  id: string;
  description: string;
  folder: string;
  fingerprint?: string;
  variants: VariantResult[];
  skipped?: string;
}

/** Sums the vector suites' variants, by variant kind (neutral / context), for the headline table. */
export function combined(reports: readonly SuiteReport[], kind: string): VariantResult[] {
  return reports.flatMap((r) => r.variants.filter((v) => v.variant === kind || v.variant.endsWith(` ${kind}`)));
}

/** Types whose exact-span precision or recall is below `target` (only measured figures: "—" is not a miss). */
export function belowTarget(counts: TypeCounts, target: number): string[] {
  const out: string[] = [];
  for (const [type, c] of [...counts].sort(([a], [b]) => a.localeCompare(b))) {
    const m = metricsOf(c);
    if (m.precision < target || m.recall < target)
      out.push(
        `${type} (P ${Number.isNaN(m.precision) ? '—' : m.precision.toFixed(3)}, R ${Number.isNaN(m.recall) ? '—' : m.recall.toFixed(3)})`,
      );
  }
  return out;
}

/** The generated Markdown section of docs/accuracy.md. */
export function renderAccuracy(reports: readonly SuiteReport[], meta: { date: string; command: string; commit: string }): string {
  const out: string[] = [
    `Generated ${meta.date} by \`${meta.command}\` at piguard commit \`${meta.commit}\`, all built-in recognisers, default options (minScore 0.5).`,
    '',
    '| suite | data folder | content fingerprint (sha-256/16) |',
    '|---|---|---|',
    ...reports.map((r) => `| ${r.id} | \`${r.folder}\` | ${r.skipped ? `skipped: ${r.skipped}` : `\`${r.fingerprint}\``} |`),
  ];
  for (const kind of ['neutral', 'context']) {
    const parts = combined(reports, kind);
    if (parts.length === 0) continue;
    const exact = mergeCounts(parts.map((p) => p.exact));
    const below = belowTarget(exact, 0.99);
    out.push(
      '',
      `### Identifier test vectors, all sets, ${kind === 'neutral' ? 'value alone in a neutral sentence' : 'value after its context word'}`,
      '',
      formatTable(exact, mergeCounts(parts.map((p) => p.overlap))),
      '',
      below.length
        ? `Below 0.99 (exact spans): ${below.join('; ')}.`
        : 'Every type measured here reaches 0.99 precision and recall (exact spans).',
    );
  }
  for (const r of reports) {
    if (r.skipped) continue;
    out.push('', `### Suite \`${r.id}\``, '', r.description);
    for (const v of r.variants) out.push('', `**${v.variant}** (${v.documents} texts)`, '', formatTable(v.exact, v.overlap));
  }
  return out.join('\n');
}
