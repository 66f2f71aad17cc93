import { readFile, stat } from 'node:fs/promises';
import type { ScanFinding } from '../scan/scan-finding.js';
import type { ScanIssue } from '../scan-issue.js';
import type { EvidenceFinding, FindingsEntry } from './evidence-entry.js';
import { evidenceFinding, peopleIn } from './evidence-finding.js';
import type { EvidenceStore } from './evidence-store.js';

/** Local files past this size are not stored whole (memory); their findings are logged without a capture. */
const MAX_FILE_CAPTURE = 512 * 1024 * 1024;

/** Collects a scan's findings per source and writes them to the evidence store when the scan ends. */
export interface EvidenceRecorder {
  finding(finding: ScanFinding): void;
  /** Errors (refused, unreachable, 404) are evidence too: what was tried, when, and what happened. */
  issue(issue: ScanIssue): void;
  /** Writes one findings entry per source (web sources were captured as fetched; local files are captured now). */
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
  return {
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
        if (!capture && !/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) {
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
