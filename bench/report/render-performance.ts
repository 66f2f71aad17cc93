import { type BenchRow, perCore, perWall, type SkippedTool } from '../tools/bench-row.js';
import type { RecognizerCost } from '../workers/recognizer-costs.js';

const f1 = (x: number): string => (Number.isFinite(x) ? x.toFixed(1) : '—');
const f2 = (x: number): string => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(1) : x.toFixed(2)) : '—');

/** Facts about the run that the table depends on. */
export interface BenchMeta {
  date: string;
  command: string;
  commit: string;
  machine: string;
  corpus: string;
  recognizers: number;
}

function verdicts(rows: readonly BenchRow[]): string[] {
  const core =
    rows.find((r) => r.tool.startsWith('piguard core, identifier engine')) ?? rows.find((r) => r.tool.startsWith('piguard core'));
  if (!core) return ['- core analyzer not measured'];
  const out: string[] = [];
  const c = perCore(core);
  out.push(`- identifier engine: **${f1(c)} MB/s per core** (target ≥ 50): ${c >= 50 ? 'met' : 'not met'}.`);
  for (const name of ['openredaction', 'redact-pii']) {
    const r = rows.find((x) => x.tool === name);
    if (r) out.push(`- vs ${name}: **${f1(c / perCore(r))}×** per core (target ≥ 10×): ${c / perCore(r) >= 10 ? 'met' : 'not met'}.`);
  }
  const rg = rows.find((r) => r.tool.startsWith('ripgrep'));
  if (rg) {
    const ratio = perCore(rg) / c;
    out.push(`- ripgrep is **${f1(ratio)}×** faster per core (target: within 3×): ${ratio <= 3 ? 'met' : 'not met'}.`);
  }
  const s = core.rssSeries ?? [];
  if (s.length >= 2) {
    out.push(
      `- memory of the core analyzer after each tenth of the input: ${s.join(', ')} MB (peak ${f1(core.peakRssMb)} MB): ${Math.max(...s) - s[0]! <= 50 ? 'flat' : 'growing'}.`,
    );
  }
  return out;
}

/** The generated section of docs/performance.md. */
export function renderPerformance(
  rows: readonly BenchRow[],
  skipped: readonly SkippedTool[],
  costs: readonly RecognizerCost[],
  meta: BenchMeta,
): string {
  const lines = [
    `Generated ${meta.date} by \`${meta.command}\` at piguard commit \`${meta.commit}\` (${meta.recognizers} built-in recognisers).`,
    '',
    `- machine: ${meta.machine}`,
    `- corpus: ${meta.corpus}`,
    '',
    '| tool | setup | input MB | wall s | CPU s | MB/s (wall) | MB/s per core | peak RSS MB | findings |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
    ...rows.map(
      (r) =>
        `| ${r.tool} | ${r.setup} | ${f1(r.bytes / 1e6)} | ${f2(r.wallSeconds)} | ${f2(r.cpuSeconds)} | ${f2(perWall(r))} | **${f2(perCore(r))}** | ${f1(r.peakRssMb)} | ${r.findings} |`,
    ),
    '',
    ...verdicts(rows),
  ];
  if (costs.length) {
    lines.push(
      '',
      'The ten costliest recognisers, each alone on the first 2 MB (MB per CPU-second, analyzer overhead included; the whole engine costs about the sum of their inverses):',
      '',
      '| recogniser | MB/s alone | findings |',
      '|---|--:|--:|',
      ...costs.slice(0, 10).map((c) => `| ${c.id} | ${f2(c.mbPerCpuSecond)} | ${c.findings} |`),
    );
  }
  if (skipped.length) lines.push('', 'Not measured:', '', ...skipped.map((s) => `- ${s.tool}: ${s.reason}`));
  const notes = rows.filter((r) => r.note).map((r) => `- ${r.tool} (${r.setup}): ${r.note}`);
  if (notes.length) lines.push('', 'Notes:', '', ...notes);
  return lines.join('\n');
}
