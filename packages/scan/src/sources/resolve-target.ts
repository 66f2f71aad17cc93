import { type DatabaseSourceOptions, databaseSource } from './database/database-source.js';
import { isDatabaseUrl } from './database/database-url.js';
import type { ExcludeTest } from './exclude-filter.js';
import { fileTreeSource } from './file-tree-source.js';
import type { ReadOptions } from './read-input.js';
import type { Source, SourceSink } from './source.js';
import { stdinSource } from './stdin-source.js';
import type { WebSourceOptions } from './web/web-options.js';
import { isWebUrl, webSource } from './web/web-source.js';

/** What every kind of source may need from the scan's options. */
export interface TargetOptions extends ReadOptions {
  exclude?: ExcludeTest;
  /** Honour `.gitignore` files in scanned folders (default true). */
  gitignore?: boolean;
  /** Standard input, for `-`; default process.stdin. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Database targets: sample size, full scan, table filter, statement timeout. */
  database?: DatabaseSourceOptions;
  /** Web targets: crawl, limits, safety, rendering and the evidence capture hook. */
  web?: WebSourceOptions;
  /** Files only: asked before each file is read; true leaves it unread (resumed and incremental scans). */
  skip?: (path: string, size: number) => Promise<boolean>;
}

/** One kind of target: a test on the target string and the source for it. */
interface TargetResolver {
  matches(target: string): boolean;
  create(target: string, options: TargetOptions): Source;
}

// One line per kind of target; the first that matches wins, paths are the fallback. Web and database
// sources add theirs here (http(s)://, sqlite:, postgres://, mysql://).
const RESOLVERS: readonly TargetResolver[] = [
  { matches: (t) => t === '-', create: (_t, o) => stdinSource(o.stdin ?? process.stdin, o) },
  { matches: isDatabaseUrl, create: (t, o) => databaseSource(t, o.database) },
  {
    matches: isWebUrl,
    create: (t, o) =>
      webSource(t, { ...o.web, ...(o.readers ? { readers: o.readers } : {}), ...(o.chunkChars ? { chunkChars: o.chunkChars } : {}) }),
  },
];

// A URL scheme that no resolver took: reported rather than looked up as a file name.
const URL_LIKE = /^[a-z][a-z0-9+.-]*:(\/\/)?[^\\]/i;

function unsupported(target: string): Source {
  return {
    id: target,
    async *fragments(sink: SourceSink) {
      sink.issue({ source: target, code: 'E_UNSUPPORTED', message: 'this kind of target is not supported yet', severity: 'error' });
      yield* [];
    },
  };
}

/** Turns a target string of `piguard scan` into its source: `-`, a URL or database URL, else a path. */
export function resolveTarget(target: string, options: TargetOptions = {}): Source {
  const resolver = RESOLVERS.find((r) => r.matches(target));
  if (resolver) return resolver.create(target, options);
  if (URL_LIKE.test(target) && !/^[a-z]:[\\/]/i.test(target)) return unsupported(target);
  return fileTreeSource(target, options);
}
