import { SingleBar } from 'cli-progress';
import type { ScanProgress } from '@piguard/scan';

/** Seconds before the bar appears: quick scans print nothing but their result. */
const DELAY_MS = 1000;

/** A progress bar on a terminal (bytes, files, findings, ETA), shown only once a scan has taken a second. */
export interface ProgressDisplay {
  update(p: Readonly<ScanProgress>): void;
  stop(): void;
}

/** A progress display on `stream`, or one that does nothing when the stream is not a terminal. */
export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): ProgressDisplay {
  if (!enabled || !stream.isTTY) return { update() {}, stop() {} };
  const started = Date.now();
  let bar: SingleBar | undefined;
  let last: ScanProgress = { files: 0, bytes: 0, findings: 0 };
  const mb = (n: number): string => (n / (1024 * 1024)).toFixed(1);
  const show = (): void => {
    const total = Math.max(last.plannedBytes ?? last.bytes, last.bytes, 1);
    const payload = {
      done: mb(last.bytes),
      all: last.plannedBytes !== undefined ? mb(total) : '?',
      files: last.files,
      findings: last.findings,
    };
    if (!bar) {
      bar = new SingleBar({
        stream,
        format: 'scanning {bar} {percentage}% | {done}/{all} MB | {files} files | {findings} findings | ETA {eta_formatted}',
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
      });
      bar.start(total, last.bytes, payload);
    } else {
      bar.setTotal(total);
      bar.update(last.bytes, payload);
    }
  };
  const timer = setInterval(() => {
    if (Date.now() - started >= DELAY_MS) show();
  }, 200);
  timer.unref();
  return {
    update(p) {
      last = { ...p };
    },
    stop() {
      clearInterval(timer);
      bar?.stop();
    },
  };
}
