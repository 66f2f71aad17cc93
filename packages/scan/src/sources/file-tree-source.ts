import type { Dirent, Stats } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import type { Fragment } from '../fragment.js';
import type { ExcludeTest } from './exclude-filter.js';
import { fileInput } from './file-input.js';
import { type ReadOptions, readInput } from './read-input.js';
import type { Source, SourceSink } from './source.js';
import { issueFromError } from './source-issue.js';

/** Options of a file or folder source. */
export interface FileTreeOptions extends ReadOptions {
  /** Compiled `--exclude` globs, tested against paths relative to the folder scanned. */
  exclude?: ExcludeTest;
  /** Honour `.gitignore` files in the tree (default true). */
  gitignore?: boolean;
  /** Asked before each file is read: true leaves it unread (a resumed or incremental scan reuses its results). */
  skip?: (path: string, size: number) => Promise<boolean>;
}

interface IgnoreLayer {
  /** Folder of the .gitignore, relative to the root, '' for the root. */
  base: string;
  rules: Ignore;
}

interface FileEntry {
  path: string;
  size: number;
}

/** Version-control folders are never content. */
const ALWAYS_SKIPPED = new Set(['.git', '.hg', '.svn']);

function ignoredBy(layers: readonly IgnoreLayer[], rel: string, isDirectory: boolean): boolean {
  for (const layer of layers) {
    const sub = layer.base === '' ? rel : rel.slice(layer.base.length + 1);
    if (layer.rules.ignores(isDirectory ? `${sub}/` : sub)) return true;
  }
  return false;
}

/**
 * A file, or a folder walked recursively (sorted, so reports are stable) honouring `.gitignore` files and
 * `--exclude` globs. Symbolic links are followed; a folder or file reached twice (a link loop, two links to
 * one file) is read once. Unreadable entries become issues and the walk goes on.
 */
export function fileTreeSource(target: string, options: FileTreeOptions = {}): Source {
  return {
    id: target,
    async *fragments(sink: SourceSink, signal?: AbortSignal): AsyncIterable<Fragment> {
      let top: Stats;
      try {
        top = await stat(target);
      } catch (error) {
        sink.issue(issueFromError(target, error));
        return;
      }
      const files: FileEntry[] = [];
      if (top.isDirectory()) await walk(target, top, sink, options, files);
      else if (top.isFile()) files.push({ path: target, size: top.size });
      else {
        sink.issue({ source: target, code: 'E_UNSUPPORTED', message: 'not a regular file or folder', severity: 'error' });
        return;
      }
      sink.planned?.(
        files.length,
        files.reduce((n, f) => n + f.size, 0),
      );
      const read = { ...options, ...(signal ? { signal } : {}) };
      for (const file of files) {
        if (signal?.aborted) return;
        if (options.skip && (await options.skip(file.path, file.size))) continue;
        sink.opened?.(file.path, file.size);
        try {
          const input = await fileInput(file.path, file.path, file.size, (n) => sink.bytes?.(n));
          yield* readInput(input, sink, read);
        } catch (error) {
          sink.issue(issueFromError(file.path, error));
        }
      }
    },
  };
}

async function walk(root: string, rootStats: Stats, sink: SourceSink, options: FileTreeOptions, files: FileEntry[]): Promise<void> {
  const seen = new Set<string>([`${rootStats.dev}:${rootStats.ino}`]);
  const useGitignore = options.gitignore ?? true;

  async function visit(dir: string, rel: string, layers: readonly IgnoreLayer[]): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      sink.issue(issueFromError(dir, error));
      return;
    }
    let here = layers;
    if (useGitignore && entries.some((e) => e.name === '.gitignore' && e.isFile())) {
      try {
        here = [...layers, { base: rel, rules: ignore().add(await readFile(join(dir, '.gitignore'), 'utf8')) }];
      } catch (error) {
        sink.issue({ ...issueFromError(join(dir, '.gitignore'), error), severity: 'note' });
      }
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (ALWAYS_SKIPPED.has(entry.name)) continue;
      const path = join(dir, entry.name);
      const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
      let st: Stats;
      try {
        st = await stat(path); // follows links: a link is scanned as what it points to
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (entry.isSymbolicLink() && (code === 'ENOENT' || code === 'ELOOP')) {
          const why = code === 'ENOENT' ? 'broken symbolic link' : 'symbolic link loop';
          sink.issue({ source: path, code: 'E_SOURCE_UNREADABLE', message: why, severity: 'note' });
        } else sink.issue(issueFromError(path, error));
        continue;
      }
      const isDirectory = st.isDirectory();
      if (options.exclude?.(childRel) || ignoredBy(here, childRel, isDirectory)) continue;
      const key = `${st.dev}:${st.ino}`;
      if (seen.has(key)) {
        if (isDirectory && entry.isSymbolicLink()) {
          sink.issue({
            source: path,
            code: 'E_SOURCE_UNREADABLE',
            message: 'symbolic link loop or folder already scanned',
            severity: 'note',
          });
        }
        continue;
      }
      seen.add(key);
      if (isDirectory) await visit(path, childRel, here);
      else if (st.isFile()) files.push({ path, size: st.size });
    }
  }

  await visit(root, '', []);
}
