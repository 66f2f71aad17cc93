import { availableParallelism } from 'node:os';
import type { AllowList, StandardProfile } from '@piguard/core';
import { scanError } from '../errors.js';
import type { CustomRecognizerSpec } from '../config/config-schema.js';
import type { FormatReader } from '../formats/format-reader.js';
import type { DatabaseSourceOptions } from '../sources/database/database-source.js';
import { DEFAULT_CHUNK_CHARS } from '../formats/text-chunker.js';
import type { WebSourceOptions } from '../sources/web/web-options.js';

/** Options of `createScan`; validated once, then frozen. */
export interface ScanOptions {
  /** Types to look for (entities, recogniser ids, taxonomy ids or prefixes, `sensitive`/`general`). */
  types?: readonly string[];
  /** Findings below this score are dropped. Default 0.5. */
  minScore?: number;
  /** The standard that decides sensitivity. Default gb45574. */
  profile?: StandardProfile;
  /** The document date, for ages. Default: when the scan runs. */
  now?: Date;
  allowList?: AllowList;
  /** Recognisers of a config file, added to the built-in ones (data, so that worker threads can rebuild them). */
  customRecognizers?: readonly CustomRecognizerSpec[];
  /** Worker threads; 0 analyses in this thread. Default: one per core. */
  workers?: number;
  /** Globs of paths to leave out (`*.log`, `build/**`). */
  exclude?: readonly string[];
  /** Honour `.gitignore` files in scanned folders. Default true. */
  gitignore?: boolean;
  /**
   * Characters analysed in this thread before the workers start: starting them costs more than a small scan.
   * Default 4 Mi; 0 starts the workers at once.
   */
  inlineChars?: number;
  /** Fragment size for long texts, in characters. Default about 1 MB. */
  chunkChars?: number;
  /** Format readers, tried in order. Default: the built-in list (`formats/index.ts`). */
  readers?: readonly FormatReader[];
  /** Standard input for the `-` target. Default process.stdin. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Key of the fingerprints. Default: the installation secret (`PIGUARD_SECRET` or the config file). */
  secret?: Uint8Array;
  /** Web targets: crawl, limits, safety, rendering, and the capture hook of the evidence store. */
  web?: WebSourceOptions;
  /**
   * A state file recording each finished file (SHA-256 and its sealed contribution). With `reuse`, files
   * whose content is unchanged since it was recorded are not read again: their findings are replayed
   * (`--resume` after an interruption, `--incremental` after a finished scan).
   */
  state?: { path: string; reuse: boolean };
  /** Database targets: sample size or full scan, table filter, statement timeout. */
  database?: DatabaseSourceOptions;
  /**
   * Person keys, record signatures and person-graph nodes the people counter holds in memory, each, before
   * the rest goes to a temporary SQLite file (counts stay exact). Default PEOPLE_IN_MEMORY (about 65 MB).
   */
  peopleInMemory?: number;
}

/** Options after validation, with defaults filled in. */
export interface ResolvedScanOptions extends Omit<ScanOptions, 'workers' | 'exclude' | 'chunkChars' | 'gitignore' | 'inlineChars'> {
  workers: number;
  inlineChars: number;
  exclude: readonly string[];
  chunkChars: number;
  gitignore: boolean;
}

/** Checks scan options and fills defaults; throws E_CONFIG_INVALID (the analyzer checks its own options). */
export function resolveScanOptions(options: ScanOptions): Readonly<ResolvedScanOptions> {
  const workers = options.workers ?? availableParallelism();
  if (!Number.isInteger(workers) || workers < 0 || workers > 256) {
    throw scanError('E_CONFIG_INVALID', `workers must be an integer in 0..256, got ${options.workers}`);
  }
  const chunkChars = options.chunkChars ?? DEFAULT_CHUNK_CHARS;
  if (!Number.isInteger(chunkChars) || chunkChars < 1024) {
    throw scanError('E_CONFIG_INVALID', `chunkChars must be an integer of at least 1024, got ${options.chunkChars}`);
  }
  const inlineChars = options.inlineChars ?? 4 * 1024 * 1024;
  if (!Number.isInteger(inlineChars) || inlineChars < 0)
    throw scanError('E_CONFIG_INVALID', `inlineChars must be a non-negative integer, got ${options.inlineChars}`);
  const exclude = options.exclude ?? [];
  if (!exclude.every((g) => typeof g === 'string' && g.length > 0))
    throw scanError('E_CONFIG_INVALID', 'exclude globs must be non-empty strings');
  if (options.peopleInMemory !== undefined && !(Number.isInteger(options.peopleInMemory) && options.peopleInMemory >= 1))
    throw scanError('E_CONFIG_INVALID', `peopleInMemory must be a positive integer, got ${options.peopleInMemory}`);
  if (options.secret !== undefined && options.secret.length < 16)
    throw scanError('E_CONFIG_INVALID', 'the secret must have at least 16 bytes');
  return Object.freeze({
    ...options,
    workers,
    inlineChars,
    chunkChars,
    exclude: Object.freeze([...exclude]),
    gitignore: options.gitignore ?? true,
  });
}
