/** Options of `npm run bench`. */
export interface BenchOptions {
  sizeMb: number;
  seed: number;
  /** MB of the corpus given to the slow npm libraries; their rate is extrapolated. */
  subsetMb: number;
  /** MB of the corpus for the row with every recogniser on (names and addresses are slower); 0 = all of it. */
  allMb: number;
  /** MB of the corpus for `piguard scan` (every recogniser on, start-up included); 0 = all of it. */
  scanMb: number;
  write: boolean;
  build: boolean;
  only?: string[];
}

export const BENCH_USAGE = `usage: npm run bench -- [--size MB] [--seed N] [--subset MB] [--all-mb MB] [--scan-mb MB] [--only core,scan,rg,npm] [--no-build] [--no-write]
  --size MB     corpus size (default 200); generated once into .bench/ and reused
  --seed N      PRNG seed of the corpus (default 20260101)
  --subset MB   how much of the corpus the npm libraries get (default 2; they are slow), rate extrapolated
  --all-mb MB   how much of the corpus the core analyzer with every recogniser gets (default 20), rate extrapolated
  --scan-mb MB  how much of the corpus \`piguard scan\` gets (default 20), rate extrapolated
  --only LIST   measure only these tools
  --no-build    do not run \`npm run build\` before timing \`piguard scan\`
  --no-write    leave docs/performance.md alone`;

/** Parses the command line; throws an Error with the usage text on a bad argument. */
export function parseBenchOptions(argv: readonly string[]): BenchOptions {
  const o: BenchOptions = { sizeMb: 200, seed: 20260101, subsetMb: 2, allMb: 20, scanMb: 20, write: true, build: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const num = (): number => {
      const v = Number(argv[++i]);
      if (!(v > 0)) throw new Error(`${a} needs a positive number\n${BENCH_USAGE}`);
      return v;
    };
    if (a === '--size') o.sizeMb = num();
    else if (a === '--seed') o.seed = num();
    else if (a === '--subset') o.subsetMb = num();
    else if (a === '--all-mb') o.allMb = num();
    else if (a === '--scan-mb') o.scanMb = num();
    else if (a === '--only') o.only = (argv[++i] ?? '').split(',');
    else if (a === '--no-write') o.write = false;
    else if (a === '--no-build') o.build = false;
    else throw new Error(`${a === '--help' ? '' : `unknown argument: ${a}\n`}${BENCH_USAGE}`);
  }
  return o;
}
