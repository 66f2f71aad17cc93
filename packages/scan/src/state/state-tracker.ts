import type { PeopleCounter } from '@piguard/core';
import type { RecordAssembler } from '../scan/record-assembler.js';
import type { ScanFinding } from '../scan/scan-finding.js';
import { type FileContribution, hashFile, type ScanState } from './scan-state.js';

/** A file left unread because the state holds its results: replayed in its place in the stream. */
export interface Replay {
  path: string;
  contribution: FileContribution;
}

interface OpenFile {
  path: string;
  sha256: string;
  size: number;
  startRecords: number;
  records: ScanFinding[][];
  failed: boolean;
}

/**
 * Connects a scan to its state file: decides which files to skip (unchanged content with recorded
 * results), captures what each file read adds to the people counter, and records a file once all its
 * fragments are settled. Files are finished in stream order, so only the file being settled is held.
 */
export class StateTracker {
  private readonly state: ScanState;
  private readonly hashes = new Map<string, { sha256: string; size: number }>();
  private pending: Replay[] = [];
  private open: OpenFile | undefined;

  constructor(state: ScanState) {
    this.state = state;
  }

  /** The file source's skip hook: hashes the file and leaves it unread when the state holds its results. */
  readonly skip = async (path: string, size: number): Promise<boolean> => {
    let sha256: string;
    try {
      sha256 = await hashFile(path);
    } catch {
      return false; // unreadable: the reader reports it
    }
    const contribution = this.state.reusable(path, sha256);
    if (contribution) {
      this.pending.push({ path, contribution });
      return true;
    }
    this.hashes.set(path, { sha256, size });
    return false;
  };

  /** Replays found since the last call, in walk order. */
  takeReplays(): Replay[] {
    const out = this.pending;
    this.pending = [];
    return out;
  }

  /** The counter, wrapped so that the records of the file being settled are captured. */
  wrap(counter: PeopleCounter): PeopleCounter {
    return {
      addRecord: (record) => {
        counter.addRecord(record);
        this.open?.records.push(record.findings as ScanFinding[]);
      },
      summary: () => counter.summary(),
    };
  }

  /** Called before a fragment of `file` is settled: finishes the previous file when this is another. */
  beforeFragment(file: string | undefined, assembler: RecordAssembler): void {
    if (this.open && this.open.path !== file) this.finish(assembler);
    if (this.open || file === undefined) return;
    const hashed = this.hashes.get(file);
    if (!hashed) return;
    this.hashes.delete(file);
    this.open = { path: file, ...hashed, startRecords: assembler.records, records: [], failed: false };
  }

  /** The file being settled had a fragment whose analysis failed: it is not recorded, so it is read again. */
  failed(): void {
    if (this.open) this.open.failed = true;
  }

  /** Completes the file being settled and records it (unless it failed). */
  finish(assembler: RecordAssembler): void {
    const file = this.open;
    if (!file) return;
    assembler.flush(); // its last record is still open in the assembler
    this.open = undefined;
    if (file.failed) return;
    this.state.record({
      path: file.path,
      sha256: file.sha256,
      contribution: { records: file.records, recordCount: assembler.records - file.startRecords, bytes: file.size },
    });
  }

  /** An interrupted scan leaves its last file unrecorded: it may be incomplete. */
  abandon(): void {
    this.open = undefined;
  }
}
