import { builtinRecognizers, createAnalyzer, createHmacFingerprinter, type PeopleSummary, type RecognizerMeta } from '@piguard/core';
import { compileCustomRecognizer } from '../config/custom-recognizer.js';
import { scanError } from '../errors.js';
import type { Fragment } from '../fragment.js';
import type { AnalyzePool, FragmentOutcome } from '../pool/analyze-pool.js';
import { createAdaptivePool } from '../pool/adaptive-pool.js';
import { createInlinePool } from '../pool/inline-pool.js';
import { useLeanHeap } from '../pool/lean-heap.js';
import { createWorkerPool } from '../pool/worker-pool.js';
import type { ScanIssue } from '../scan-issue.js';
import { compileExcludes } from '../sources/exclude-filter.js';
import { resolveTarget } from '../sources/resolve-target.js';
import { ScanState } from '../state/scan-state.js';
import { type Replay, StateTracker } from '../state/state-tracker.js';
import type { SourceSink } from '../sources/source.js';
import { loadInstallationSecret } from './installation-secret.js';
import { spillingPeopleStores } from '../people/spilling-people-stores.js';
import { openPeopleCounter } from './open-people-counter.js';
import { RecordAssembler } from './record-assembler.js';
import type { ScanFinding } from './scan-finding.js';
import { type ResolvedScanOptions, resolveScanOptions, type ScanOptions } from './scan-options.js';

// A batch closes at this many characters or fragments, whichever comes first: large enough that messages
// are few, small enough that a batch's fragments and findings stay a few megabytes.
const BATCH_CHARS = 256 * 1024;
const BATCH_FRAGMENTS = 4096;

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
    useLeanHeap();
    const now = resolved.now ?? new Date();
    const secret = resolved.secret ?? (await loadInstallationSecret());
    const profile = probe.options.profile;
    const tracker = resolved.state ? new StateTracker(new ScanState(resolved.state.path, secret, resolved.state.reuse)) : undefined;
    // What the counter keeps per distinct person spills to a temporary file past a bound (memory stays flat
    // with millions of people); deleted when the summary is made.
    const stores = spillingPeopleStores(resolved.peopleInMemory);
    const rawCounter = openPeopleCounter({ secret, profile, now, stores });
    const counter = tracker ? tracker.wrap(rawCounter) : rawCounter;
    // The analyzer built for validation also serves the main thread (its lazy tables are loaded once).
    // Findings are fingerprinted where they are analysed (workers, or this thread inline) under the counter's key.
    const inline = createInlinePool(probe, createHmacFingerprinter(secret));
    const adaptive =
      resolved.workers === 0
        ? undefined
        : createAdaptivePool(
            inline,
            () =>
              createWorkerPool(
                resolved.workers,
                { ...analyzerOptions, now, ...(custom.length > 0 ? { customRecognizers: custom } : {}) },
                secret,
              ),
            resolved.inlineChars,
          );
    const pool: AnalyzePool = adaptive ?? inline;
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
        adaptive?.planned(bytes);
      },
    };

    // Fragments travel to the pool in batches of about BATCH_CHARS characters (a table cell is one fragment,
    // and a message per cell cost more than its analysis). Results are taken in submission order, so the
    // output is the same for any number of workers; the bound on batches in flight is the backpressure that
    // keeps memory flat however fast the sources read.
    // One batch per worker and the one being settled: at twice the workers (and one) the main thread held
    // the fragments and findings of two batches more per worker, 47 MB of peak RSS on a 200 MB text file
    // with 2 workers (600 -> 553 MB), and the workers were kept as busy.
    const maxInFlight = Math.max(2, resolved.workers + 1);
    type Batch = { fragments: Fragment[]; files: Array<string | undefined>; outcomes: Promise<FragmentOutcome[] | Error> };
    const queue: Array<Batch | { replay: Replay }> = [];
    let batch: Fragment[] = [];
    let batchFiles: Array<string | undefined> = [];
    let batchChars = 0;
    const submit = (): void => {
      if (batch.length === 0) return;
      const fragments = batch;
      queue.push({
        fragments,
        files: batchFiles,
        outcomes: pool.analyze(fragments).catch((e: unknown) => (e instanceof Error ? e : new Error(String(e)))),
      });
      batch = [];
      batchFiles = [];
      batchChars = 0;
    };
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
      const outcomes = await head.outcomes;
      let failedSource: string | undefined;
      for (let i = 0; i < head.fragments.length; i++) {
        const fragment = head.fragments[i] as Fragment;
        tracker?.beforeFragment(head.files[i], assembler);
        const outcome = outcomes instanceof Error ? { error: outcomes.message } : (outcomes[i] as FragmentOutcome);
        if ('error' in outcome) {
          tracker?.failed();
          // One line per source and batch, not one per cell of a table whose batch was lost.
          if (fragment.source !== failedSource) {
            sourceSink.issue({
              source: fragment.source,
              code: 'E_SOURCE_UNREADABLE',
              message: `analysis failed: ${outcome.error}`,
              severity: 'error',
            });
          }
          failedSource = fragment.source;
          continue;
        }
        assembler.add(fragment, outcome);
      }
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
            const replays = tracker?.takeReplays() ?? [];
            if (replays.length > 0) submit();
            for (const replay of replays) queue.push({ replay });
            batch.push(fragment);
            batchFiles.push(reading);
            batchChars += fragment.text.length;
            if (batchChars >= BATCH_CHARS || batch.length >= BATCH_FRAGMENTS) submit();
            while (queue.length >= maxInFlight) await settleHead();
          }
          const replays = tracker?.takeReplays() ?? [];
          if (replays.length > 0) submit();
          for (const replay of replays) queue.push({ replay });
        } catch (error) {
          // A source that throws (a bug, not bad input) loses only itself.
          sourceSink.issue({
            source: target,
            code: 'E_SOURCE_UNREADABLE',
            message: error instanceof Error ? error.message : String(error),
            severity: 'error',
          });
        }
        submit();
      }
      while (queue.length > 0) await settleHead();
      if (signal?.aborted) tracker?.abandon();
      else tracker?.finish(assembler);
      assembler.flush();
    } catch (error) {
      stores.close();
      throw error;
    } finally {
      await pool.close();
    }
    let people: PeopleSummary;
    try {
      people = counter.summary();
    } finally {
      stores.close();
    }
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
