import { builtinRecognizers, createAnalyzer, type PeopleSummary, type RecognizerMeta } from '@piguard/core';
import { compileCustomRecognizer } from '../config/custom-recognizer.js';
import { scanError } from '../errors.js';
import type { Fragment } from '../fragment.js';
import type { AnalyzePool } from '../pool/analyze-pool.js';
import type { FragmentResult } from '../pool/analyze-fragment.js';
import { createAdaptivePool } from '../pool/adaptive-pool.js';
import { createInlinePool } from '../pool/inline-pool.js';
import { createWorkerPool } from '../pool/worker-pool.js';
import type { ScanIssue } from '../scan-issue.js';
import { compileExcludes } from '../sources/exclude-filter.js';
import { resolveTarget } from '../sources/resolve-target.js';
import { ScanState } from '../state/scan-state.js';
import { type Replay, StateTracker } from '../state/state-tracker.js';
import type { SourceSink } from '../sources/source.js';
import { loadInstallationSecret } from './installation-secret.js';
import { openPeopleCounter } from './open-people-counter.js';
import { RecordAssembler } from './record-assembler.js';
import type { ScanFinding } from './scan-finding.js';
import { type ResolvedScanOptions, resolveScanOptions, type ScanOptions } from './scan-options.js';

/** How far a scan has got, for progress bars. */
export interface ScanProgress {
  files: number;
  bytes: number;
  findings: number;
  /** Known in advance for walked folders and files; undefined for standard input. */
  plannedFiles?: number;
  plannedBytes?: number;
}

/** Where a scan's output goes, as it happens: findings in source order, issues, progress. */
export interface ScanSink {
  finding(finding: ScanFinding): void;
  issue(issue: ScanIssue): void;
  progress?(progress: Readonly<ScanProgress>): void;
}

/** What a finished scan adds up to. */
export interface ScanSummary extends PeopleSummary {
  files: number;
  bytes: number;
  durationMs: number;
  issues: { errors: number; notes: number };
}

/** A configured scan: validated once, then run on any number of target lists. */
export interface Scan {
  readonly options: Readonly<ResolvedScanOptions>;
  /** The recognisers in use, for reporters that describe their rules (SARIF). */
  readonly recognizers: readonly RecognizerMeta[];
  run(targets: readonly string[], sink: ScanSink, signal?: AbortSignal): Promise<ScanSummary>;
}

/**
 * Builds a scan: sources → a bounded queue → a pool of analyzers → findings located and grouped into
 * records → the people counter → the sink. Throws E_CONFIG_INVALID on bad options.
 */
export function createScan(options: ScanOptions = {}): Scan {
  const resolved = resolveScanOptions(options);
  const analyzerOptions = {
    ...(resolved.types ? { types: resolved.types } : {}),
    ...(resolved.minScore !== undefined ? { minScore: resolved.minScore } : {}),
    ...(resolved.profile ? { profile: resolved.profile } : {}),
    ...(resolved.allowList ? { allowList: resolved.allowList } : {}),
  };
  const custom = resolved.customRecognizers ?? [];
  // Built here once to validate the options and list the recognisers; workers build their own.
  const probe = createAnalyzer({
    ...analyzerOptions,
    ...(custom.length > 0 ? { recognizers: [...builtinRecognizers, ...custom.map(compileCustomRecognizer)] } : {}),
    ...(resolved.now ? { now: resolved.now } : {}),
  });
  if (resolved.types && resolved.types.length > 0 && probe.recognizers.length === 0) {
    throw scanError('E_CONFIG_INVALID', `types ${resolved.types.join(',')} select no recogniser`);
  }
  const exclude = compileExcludes(resolved.exclude);

  async function run(targets: readonly string[], sink: ScanSink, signal?: AbortSignal): Promise<ScanSummary> {
    const started = performance.now();
    const now = resolved.now ?? new Date();
    const secret = resolved.secret ?? (await loadInstallationSecret());
    const profile = probe.options.profile;
    const tracker = resolved.state ? new StateTracker(new ScanState(resolved.state.path, secret, resolved.state.reuse)) : undefined;
    const rawCounter = openPeopleCounter({ secret, profile, now });
    const counter = tracker ? tracker.wrap(rawCounter) : rawCounter;
    // The analyzer built for validation also serves the main thread (its lazy tables are loaded once).
    const inline = createInlinePool(probe);
    const pool: AnalyzePool =
      resolved.workers === 0
        ? inline
        : createAdaptivePool(
            inline,
            () =>
              createWorkerPool(resolved.workers, { ...analyzerOptions, now, ...(custom.length > 0 ? { customRecognizers: custom } : {}) }),
            resolved.inlineChars,
          );
    const progress: ScanProgress = { files: 0, bytes: 0, findings: 0 };
    // The file whose fragments the sources are yielding now (set by `opened`), for the state file.
    let reading: string | undefined;
    const issues = { errors: 0, notes: 0 };
    const assembler = new RecordAssembler(counter, (f) => {
      progress.findings++;
      sink.finding(f);
    });
    const report = (): void => sink.progress?.(progress);
    const sourceSink: SourceSink = {
      issue(issue) {
        if (issue.severity === 'error') issues.errors++;
        else issues.notes++;
        sink.issue(issue);
      },
      bytes(n) {
        progress.bytes += n;
      },
      opened(path) {
        reading = path;
        progress.files++;
        report();
      },
      planned(files, bytes) {
        progress.plannedFiles = (progress.plannedFiles ?? 0) + files;
        progress.plannedBytes = (progress.plannedBytes ?? 0) + bytes;
      },
    };

    // Results are taken in submission order, so the output is the same for any number of workers; the
    // queue bound keeps memory flat however fast the sources read.
    const maxInFlight = Math.max(2, resolved.workers * 4);
    const queue: Array<{ fragment: Fragment; file?: string; result: Promise<FragmentResult | Error> } | { replay: Replay }> = [];
    const settleHead = async (): Promise<void> => {
      const head = queue.shift();
      if (!head) return;
      if ('replay' in head) {
        tracker?.beforeFragment(undefined, assembler);
        const { contribution } = head.replay;
        assembler.replay(contribution.records, contribution.recordCount);
        progress.files++;
        progress.bytes += contribution.bytes;
        report();
        return;
      }
      tracker?.beforeFragment(head.file, assembler);
      const result = await head.result;
      if (result instanceof Error) {
        tracker?.failed();
        sourceSink.issue({
          source: head.fragment.source,
          code: 'E_SOURCE_UNREADABLE',
          message: `analysis failed: ${result.message}`,
          severity: 'error',
        });
        return;
      }
      assembler.add(head.fragment, result);
      report();
    };

    try {
      for (const target of targets) {
        if (signal?.aborted) break;
        const source = resolveTarget(target, {
          exclude,
          gitignore: resolved.gitignore,
          chunkChars: resolved.chunkChars,
          ...(resolved.readers ? { readers: resolved.readers } : {}),
          ...(resolved.stdin ? { stdin: resolved.stdin } : {}),
          ...(resolved.web ? { web: resolved.web } : {}),
          ...(tracker ? { skip: tracker.skip } : {}),
          ...(resolved.database ? { database: resolved.database } : {}),
        });
        try {
          for await (const fragment of source.fragments(sourceSink, signal)) {
            for (const replay of tracker?.takeReplays() ?? []) queue.push({ replay });
            queue.push({
              fragment,
              ...(reading !== undefined ? { file: reading } : {}),
              result: pool.analyze(fragment).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
            });
            while (queue.length >= maxInFlight) await settleHead();
          }
          for (const replay of tracker?.takeReplays() ?? []) queue.push({ replay });
        } catch (error) {
          // A source that throws (a bug, not bad input) loses only itself.
          sourceSink.issue({
            source: target,
            code: 'E_SOURCE_UNREADABLE',
            message: error instanceof Error ? error.message : String(error),
            severity: 'error',
          });
        }
      }
      while (queue.length > 0) await settleHead();
      if (signal?.aborted) tracker?.abandon();
      else tracker?.finish(assembler);
      assembler.flush();
    } finally {
      await pool.close();
    }
    const people = counter.summary();
    report();
    return {
      ...people,
      records: assembler.records,
      files: progress.files,
      bytes: progress.bytes,
      durationMs: Math.round(performance.now() - started),
      issues,
    };
  }

  return Object.freeze({
    options: resolved,
    recognizers: Object.freeze(probe.recognizers.map((r) => r.meta)),
    run,
  });
}
