import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { ScanFinding } from '../scan/scan-finding.js';
import { open, seal, stateKey } from './sealed-box.js';

/** What one finished file added to a scan: its records with their findings, and its record count. */
export interface FileContribution {
  /** Records with findings, in order (the people counter's input). */
  records: ScanFinding[][];
  /** All records of the file, with or without findings. */
  recordCount: number;
  bytes: number;
}

/** A finished file as the state file remembers it. */
export interface FinishedFile {
  path: string;
  sha256: string;
  contribution: FileContribution;
}

const VERSION = 1;

/**
 * The default state file: `$XDG_DATA_HOME/piguard/state/<hash of the targets>.jsonl`, else under
 * `~/.local/share`, so that scans of the same targets find their state.
 */
export function defaultStatePath(targets: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_DATA_HOME && env.XDG_DATA_HOME.length > 0 ? env.XDG_DATA_HOME : join(homedir(), '.local', 'share');
  const key = createHash('sha256')
    .update(JSON.stringify(targets.map((t) => (t.includes('://') || t === '-' ? t : resolve(cwd, t)))))
    .digest('hex')
    .slice(0, 32);
  return join(base, 'piguard', 'state', `${key}.jsonl`);
}

/** SHA-256 of a file's content, streamed. */
export function hashFile(path: string): Promise<string> {
  return new Promise((done, fail) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('error', fail)
      .on('end', () => done(hash.digest('hex')));
  });
}

/**
 * A scan's state file: JSON Lines, one line per finished file (path, SHA-256, and its contribution sealed
 * with AES-256-GCM under a key derived from the installation secret, since contributions hold values).
 * Appended synchronously as each file finishes, so a kill loses at most the file being read; a torn last
 * line is ignored on reading.
 */
export class ScanState {
  readonly path: string;
  private readonly key: Buffer;
  private readonly finished = new Map<string, { sha256: string; sealed: string }>();

  /** Opens the state at `path`: `reuse` keeps what an earlier scan recorded, otherwise it starts empty. */
  constructor(path: string, secret: Uint8Array, reuse: boolean) {
    this.path = path;
    this.key = stateKey(secret);
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    let text = '';
    if (reuse) {
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        text = '';
      }
    }
    const lines = text.split('\n').filter((l) => l.length > 0);
    for (const line of lines.slice(1)) {
      try {
        const entry = JSON.parse(line) as { path?: unknown; sha256?: unknown; sealed?: unknown };
        if (typeof entry.path === 'string' && typeof entry.sha256 === 'string' && typeof entry.sealed === 'string') {
          this.finished.set(entry.path, { sha256: entry.sha256, sealed: entry.sealed });
        }
      } catch {
        // A line torn by a kill: that file is read again.
      }
    }
    // Rewritten compactly (the latest entry per file), so that repeated incremental scans do not grow it.
    const header = JSON.stringify({ piguardScanState: VERSION, written: new Date().toISOString() });
    const body = [...this.finished].map(([p, e]) => JSON.stringify({ path: p, ...e }));
    writeFileSync(path, `${[header, ...body].join('\n')}\n`, { mode: 0o600 });
  }

  /** The contribution recorded for `path` when its content still hashes to `sha256`. */
  reusable(path: string, sha256: string): FileContribution | undefined {
    const entry = this.finished.get(path);
    if (!entry || entry.sha256 !== sha256) return undefined;
    const plain = open(this.key, entry.sealed);
    return plain === undefined ? undefined : (JSON.parse(plain) as FileContribution);
  }

  /** Records a finished file; written at once. */
  record(file: FinishedFile): void {
    const sealed = seal(this.key, JSON.stringify(file.contribution));
    this.finished.set(file.path, { sha256: file.sha256, sealed });
    appendFileSync(this.path, `${JSON.stringify({ path: file.path, sha256: file.sha256, sealed })}\n`);
  }

  /** Files recorded so far. */
  get size(): number {
    return this.finished.size;
  }
}
