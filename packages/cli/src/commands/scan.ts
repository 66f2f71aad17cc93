import { createWriteStream, type WriteStream } from 'node:fs';
import { PiguardError } from '@piguard/core';
import {
  createScan,
  type EvidenceRecorder,
  evidenceRecorder,
  loadInstallationSecret,
  openEvidenceStore,
  type Scan,
  type ScanIssue,
} from '@piguard/scan';
import { reporters } from '@piguard/scan/reporters';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import type { ScanFlagValues } from '../flags.js';
import { issueLine } from '../messages/issue-line.js';
import { sourcesUnreadable } from '../messages/sources-unreadable.js';
import { stdinTwice } from '../messages/stdin-twice.js';
import { usageError } from '../messages/usage-error.js';
import { createProgress } from '../progress.js';
import { scanOptionsFromConfig } from './scan-config.js';
import { stateOptionFromFlags } from './scan-state-flags.js';
import { type WebScanFlagValues, webOptionsFromFlags } from './web-evidence-flags.js';

// Formats with no place for issues in their output print them on stderr.
const ISSUES_ON_STDERR = new Set(['jsonl', 'csv']);

function openOutput(path: string): Promise<WriteStream> {
  return new Promise((resolve, reject) => {
    const stream = createWriteStream(path);
    stream.once('open', () => resolve(stream));
    stream.once('error', reject);
  });
}

function closeOutput(stream: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}

/** `piguard scan <target...>`: scans, reports, and resolves to the exit code. */
export async function scanCommand(
  targets: string[],
  flags: ScanFlagValues & WebScanFlagValues,
  io: CliIo,
  version: string,
): Promise<number> {
  if (targets.filter((t) => t === '-').length > 1) {
    io.stderr.write(usageError(stdinTwice()));
    return EXIT.usage;
  }
  let scan: Scan;
  let recorder: EvidenceRecorder | undefined;
  try {
    // Before any output: a bad secret must not leave half a report behind.
    const secret = await loadInstallationSecret(io.env);
    const evidence = flags.evidence
      ? await openEvidenceStore(flags.evidence, flags.operator ? { operator: flags.operator } : {})
      : undefined;
    recorder = evidence ? evidenceRecorder(evidence) : undefined;
    const configured = await scanOptionsFromConfig(targets, flags, process.cwd());
    scan = createScan({
      secret,
      web: { ...webOptionsFromFlags(flags, version), ...(evidence ? { capture: evidence.capture } : {}) },
      ...configured,
      // Evidence: each table's sample is captured as read, and standard input as it streams by.
      ...(evidence ? { database: { ...configured.database, capture: evidence.captureTable } } : {}),
      ...stateOptionFromFlags(targets, flags, process.cwd(), io.env),
      ...(flags.workers !== undefined ? { workers: flags.workers } : {}),
      stdin: recorder ? recorder.stdin(io.stdin) : io.stdin,
    });
  } catch (error) {
    if (error instanceof PiguardError) {
      io.stderr.write(usageError(error.message));
      return EXIT.usage;
    }
    throw error;
  }

  let file: WriteStream | undefined;
  if (flags.output !== undefined) {
    try {
      file = await openOutput(flags.output);
    } catch (error) {
      io.stderr.write(usageError(`cannot write ${flags.output}: ${(error as Error).message}`));
      return EXIT.usage;
    }
  }
  const out = file ?? io.stdout;
  const reporter = reporters[flags.format](
    { write: (s) => void out.write(s) },
    { reveal: flags.reveal === true, recognizers: scan.recognizers, version, lang: flags.lang },
  );
  const interrupt = new AbortController();
  const onInterrupt = (): void => interrupt.abort();
  const progress = createProgress(io.stderr, io.env.CI === undefined);
  let any = false;
  let sensitive = false;
  let unreadable = 0;
  try {
    // Ctrl-C stops reading and still writes the report of what was read; the state file keeps every
    // finished file, so `--resume` continues from there.
    process.once('SIGINT', onInterrupt);
    const summary = await scan.run(
      targets,
      {
        finding(f) {
          any = true;
          if (f.class === 'sensitive') sensitive = true;
          recorder?.finding(f);
          reporter.finding(f);
        },
        issue(i: ScanIssue) {
          if (i.severity === 'error') unreadable++;
          recorder?.issue(i);
          if (ISSUES_ON_STDERR.has(flags.format)) io.stderr.write(issueLine(i));
          reporter.issue(i);
        },
        progress: (p) => progress.update(p),
      },
      interrupt.signal,
    );
    progress.stop();
    await recorder?.flush();
    reporter.end(summary);
  } catch (error) {
    progress.stop();
    if (error instanceof PiguardError) {
      io.stderr.write(usageError(error.message));
      return EXIT.usage;
    }
    throw error;
  } finally {
    process.off('SIGINT', onInterrupt);
    if (file) await closeOutput(file);
  }
  if (interrupt.signal.aborted) {
    io.stderr.write('piguard: interrupted; run the same command with --resume to continue\n');
    return EXIT.interrupted;
  }
  // A failed gate outranks unreadable sources: CI must see the findings first.
  if ((flags.failOn === 'any' && any) || (flags.failOn === 'sensitive' && sensitive)) return EXIT.findings;
  if (unreadable > 0) {
    io.stderr.write(sourcesUnreadable(unreadable));
    return EXIT.unreadable;
  }
  return EXIT.clean;
}
