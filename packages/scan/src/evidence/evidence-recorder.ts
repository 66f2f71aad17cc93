import { readFile, stat } from 'node:fs/promises';
import type { ScanFinding } from '../scan/scan-finding.js';
import type { ScanIssue } from '../scan-issue.js';
import type { CaptureEntry, EvidenceFinding, FindingsEntry } from './evidence-entry.js';
import { evidenceFinding, peopleIn } from './evidence-finding.js';
import type { EvidenceStore } from './evidence-store.js';

/** Local files past this size are not stored whole (memory); their findings are logged without a capture. */
const MAX_FILE_CAPTURE = 512 * 1024 * 1024;

/** Collects a scan's findings per source and writes them to the evidence store when the scan ends. */
export interface EvidenceRecorder {
  finding(finding: ScanFinding): void;
  /** Errors (refused, unreachable, 404) are evidence too: what was tried, when, and what happened. */
  issue(issue: ScanIssue): void;
  /**
   * Standard input to scan, copied as it is read, so that `-` is captured too (it cannot be read again):
   * pass the result to the scan (`createScan({ stdin })`) instead of the stream itself.
   */
  stdin(input: AsyncIterable<Uint8Array>): AsyncIterable<Uint8Array>;
  /** Writes one findings entry per source (web and database sources were captured as read; files and stdin now). */
  flush(): Promise<FindingsEntry[]>;
}

// An archive member `a.zip!/x.csv` is evidence through the archive file that holds it.
const outerPath = (source: string): string => source.split('!/')[0] as string;

/**
 * The link between a scan and an evidence store: give it every finding, then `flush`. Sources the web
 * source already captured are tied to that capture; a local file with findings is stored whole first;
 * sources that failed (refused, unreachable, HTTP errors) are logged as notes.
 */
export function evidenceRecorder(store: EvidenceStore): EvidenceRecorder {
  const bySource = new Map<string, EvidenceFinding[]>();
  const issues: ScanIssue[] = [];
  const stdinParts: Uint8Array[] = [];
  let stdinBytes = 0;
  let stdinTruncated = false;
  const captureStdin = async (): Promise<CaptureEntry | undefined> => {
    if (stdinParts.length === 0) return undefined;
    const bytes = Buffer.concat(stdinParts);
    stdinParts.length = 0;
    return store.addCapture(bytes, {
      kind: 'stdin',
      source: '-',
      method: 'read standard input',
      ...(stdinTruncated ? { truncated: true } : {}),
    });
  };
  return {
    stdin(input) {
      return {
        async *[Symbol.asyncIterator]() {
          for await (const chunk of input) {
            if (stdinBytes + chunk.length <= MAX_FILE_CAPTURE) stdinParts.push(Buffer.from(chunk));
            else stdinTruncated = true;
            stdinBytes += chunk.length;
            yield chunk;
          }
        },
      };
    },
    issue(i) {
      if (i.severity === 'error') issues.push(i);
    },
    finding(f) {
      const list = bySource.get(f.source) ?? [];
      list.push(evidenceFinding(f));
      bySource.set(f.source, list);
    },
    async flush() {
      const written: FindingsEntry[] = [];
      for (const [source, findings] of bySource) {
        let capture = store.latestCapture(source) ?? store.latestCapture(outerPath(source));
        if (!capture && outerPath(source) === '-') capture = await captureStdin();
        else if (!capture && !/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
          const path = outerPath(source);
          try {
            const st = await stat(path);
            if (st.isFile() && st.size <= MAX_FILE_CAPTURE)
              capture = await store.addCapture(await readFile(path), { kind: 'file', source: path, method: 'read' });
          } catch {
            // Standard input or a vanished file: the findings are logged without a capture.
          }
        }
        written.push(
          await store.addFindings({ source, ...(capture ? { capture: capture.sha256 } : {}), findings, people: peopleIn(findings) }),
        );
      }
      for (const i of issues) await store.addNote({ source: i.source, code: i.code, message: i.message });
      bySource.clear();
      issues.length = 0;
      return written;
    },
  };
}
