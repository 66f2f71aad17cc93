import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Options of `npm run eval`. */
export interface EvalOptions {
  dataDir: string;
  suites: string[];
  write: boolean;
  reveal: boolean;
  maxMisses: number;
}

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const USAGE = `usage: npm run eval -- [--data DIR] [--suite ID]... [--no-write] [--misses N] [--reveal]
  --data DIR    the data folder (default: $PIGUARD_DATA_DIR, else ../shared/data beside the repository)
  --suite ID    run only this suite (repeatable)
  --no-write    print the tables, leave docs/accuracy.md alone
  --misses N    print up to N errors per suite variant (default 10), values masked
  --reveal      print the errors' values unmasked (they are public test vectors, but the habit holds)`;

/** Thrown for bad arguments or a missing data folder: the runner prints it and exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses the command line; the data folder must exist. */
export function parseEvalOptions(argv: readonly string[], env: NodeJS.ProcessEnv): EvalOptions {
  const opts: EvalOptions = { dataDir: '', suites: [], write: true, reveal: false, maxMisses: 10 };
  let data: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value\n${USAGE}`);
      return v;
    };
    if (a === '--data') data = value();
    else if (a === '--suite') opts.suites.push(value());
    else if (a === '--no-write') opts.write = false;
    else if (a === '--reveal') opts.reveal = true;
    else if (a === '--misses') opts.maxMisses = Number(value());
    else if (a === '--help' || a === '-h') throw new UsageError(USAGE);
    else throw new UsageError(`unknown argument: ${a}\n${USAGE}`);
  }
  opts.dataDir = resolve(data ?? env.PIGUARD_DATA_DIR ?? join(repoRoot, '..', 'shared', 'data'));
  if (!existsSync(opts.dataDir) || !statSync(opts.dataDir).isDirectory()) {
    throw new UsageError(
      `data folder not found: ${opts.dataDir}\n` +
        'The evaluation data is not part of the repository. Point to it with --data DIR or PIGUARD_DATA_DIR ' +
        '(it holds dev/identifier_test_vectors, dev/presidio_synth, …).',
    );
  }
  return opts;
}
