/**
 * The analyzer's cost per call on short table cells, as the scan's workers call it (a cell's text with its column
 * name as context), in CPU microseconds per call. Cells come from the people-CSV generator (row number, name,
 * resident ID, mobile, e-mail, note; identifiers with checksums computed in code).
 *
 *   node --import tsx bench/analyzer-cells.ts [distA [distB]] [--cells N] [--rounds R]
 *
 * With two core `dist` folders the two analyzers run alternately, round by round, in the same process (A/B), and
 * their findings are compared cell by cell. Without any, the workspace's source is used.
 */
import { pathToFileURL } from 'node:url';
import { PEOPLE_HEADER, personCells } from './scale/people-csv.js';
import { Prng } from './corpus/prng.js';

interface AnalyzerLike {
  analyze(text: string, call?: { context?: string }): unknown[];
}

const args = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const cellCount = flag('--cells', 60_000);
const rounds = flag('--rounds', 7);
const dists = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));

async function load(dist: string | undefined): Promise<AnalyzerLike> {
  const mod = (await import(dist ? pathToFileURL(`${dist}/index.js`).href : '../packages/core/src/index.js')) as {
    createAnalyzer: () => AnalyzerLike;
  };
  return mod.createAnalyzer();
}

const cells: Array<[string, string]> = [];
for (let i = 0; cells.length < cellCount; i++) {
  const row = personCells(new Prng(0x5ca1e + i), i);
  row.forEach((text, col) => cells.push([text, PEOPLE_HEADER[col]!]));
}

function cpuMicros(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

function pass(a: AnalyzerLike): { us: number; findings: number } {
  let findings = 0;
  const t0 = cpuMicros();
  for (const [text, context] of cells) findings += a.analyze(text, { context }).length;
  return { us: (cpuMicros() - t0) / cells.length, findings };
}

const analyzers = await Promise.all((dists.length ? dists : [undefined]).map(load));
if (analyzers.length === 2) {
  let differ = 0;
  for (const [text, context] of cells.slice(0, 20_000)) {
    if (JSON.stringify(analyzers[0]!.analyze(text, { context })) !== JSON.stringify(analyzers[1]!.analyze(text, { context }))) differ++;
  }
  console.log(`cells whose findings differ (first 20,000): ${differ}`);
}
const per: number[][] = analyzers.map(() => []);
for (let r = 0; r < rounds; r++) {
  analyzers.forEach((a, k) => {
    const { us, findings } = pass(a);
    per[k]!.push(us);
    if (r === 0) console.log(`${dists[k] ?? 'src'}: ${findings} findings in ${cells.length} cells`);
  });
}
const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
per.forEach((xs, k) =>
  console.log(`${dists[k] ?? 'src'}: median ${median(xs).toFixed(2)} µs/call (rounds: ${xs.map((x) => x.toFixed(2)).join(' ')})`),
);
if (per.length === 2) {
  const ratios = per[0]!.map((x, i) => x / per[1]![i]!);
  console.log(`A/B ratio (A/B per round, median): ${median(ratios).toFixed(2)}x`);
}
