import type { Fragment } from '../fragment.js';
import type { ScanIssue } from '../scan-issue.js';

/** What a source may report besides fragments. */
export interface SourceSink {
  issue(issue: ScanIssue): void;
  /** Bytes read from the underlying input since the last call, for progress. */
  bytes?(n: number): void;
  /** A file, member or table is about to be read (for progress: files done, bytes expected). */
  opened?(source: string, size?: number): void;
  /** What a source expects to read, when it knows in advance (a walked folder), for progress and ETA. */
  planned?(files: number, bytes: number): void;
}

/** Something that yields decoded text: a file tree, stdin, an archive, a database, a web site. */
export interface Source {
  /** Path or URI shown in reports. */
  readonly id: string;
  fragments(sink: SourceSink, signal?: AbortSignal): AsyncIterable<Fragment>;
}
