// `npm run eval`: scores the built-in recognisers on the data under ../shared/data and writes docs/accuracy.md.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer, defaultMask } from '@piguard/core';
import { type EvalOptions, parseEvalOptions, repoRoot, UsageError } from './eval-options.js';
import { replaceGeneratedSection } from './report/generated-section.js';
import { folderFingerprint } from './report/data-fingerprint.js';
import { formatTable } from './report/format-table.js';
import { renderAccuracy, type SuiteReport } from './report/render-accuracy.js';
import { suites } from './suites/index.js';
import { MissingDataError } from './suites/suite.js';

const DOC = join(repoRoot, 'docs', 'accuracy.md');

function commitOf(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  } catch (e) {
    return `unknown (${(e as Error).message.split('\n')[0]})`;
  }
}

async function runSuites(opts: EvalOptions): Promise<SuiteReport[]> {
  const analyzer = createAnalyzer();
  const chosen = opts.suites.length ? suites.filter((s) => opts.suites.includes(s.id)) : suites;
  const unknown = opts.suites.filter((id) => !suites.some((s) => s.id === id));
  if (unknown.length) throw new UsageError(`unknown suite(s): ${unknown.join(', ')}; known: ${suites.map((s) => s.id).join(', ')}`);
  const reports: SuiteReport[] = [];
  for (const s of chosen) {
    const base = { id: s.id, description: s.description, folder: s.folder };
    const dir = join(opts.dataDir, s.folder);
    if (!existsSync(dir)) {
      console.error(`! suite ${s.id}: skipped, ${s.folder} is not under ${opts.dataDir}`);
      reports.push({ ...base, variants: [], skipped: 'data folder absent' });
      continue;
    }
    try {
      const started = performance.now();
      const variants = await s.run({ dataDir: opts.dataDir, analyzer });
      reports.push({ ...base, fingerprint: folderFingerprint(dir), variants });
      console.error(`· suite ${s.id}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
    } catch (e) {
      if (!(e instanceof MissingDataError)) throw e;
      console.error(`! suite ${s.id}: skipped, ${e.message}`);
      reports.push({ ...base, variants: [], skipped: e.message });
    }
  }
  return reports;
}

function printReports(reports: readonly SuiteReport[], opts: EvalOptions): void {
  for (const r of reports) {
    if (r.skipped) continue;
    for (const v of r.variants) {
      console.log(`\n## ${r.id} — ${v.variant} (${v.documents} texts)\n`);
      console.log(formatTable(v.exact, v.overlap));
      const shown = v.misses.slice(0, opts.maxMisses);
      for (const m of shown) {
        const value = opts.reveal ? m.value : defaultMask(m.value);
        console.log(`  ${m.kind === 'missed' ? 'missed  ' : 'spurious'} ${m.type} ${JSON.stringify(value)} ${m.by ?? ''} [${m.document}]`);
      }
      if (v.misses.length > shown.length) console.log(`  … and ${v.misses.length - shown.length} more errors (--misses N)`);
    }
  }
}

async function main(): Promise<number> {
  let opts: EvalOptions;
  try {
    opts = parseEvalOptions(process.argv.slice(2), process.env);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
  const reports = await runSuites(opts);
  printReports(reports, opts);
  const generated = renderAccuracy(reports, {
    date: new Date().toISOString().slice(0, 10),
    command: `npm run eval${opts.suites.length ? opts.suites.map((s) => ` -- --suite ${s}`).join('') : ''}`,
    commit: commitOf(),
  });
  if (opts.write) {
    const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Accuracy\n';
    writeFileSync(DOC, replaceGeneratedSection(doc, generated));
    console.error(`\nwrote ${DOC}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
