// Measured child: each default recogniser alone on the same slice of the corpus, to show where the time goes.
import { builtinRecognizers, createAnalyzer } from '@piguard/core';
import { textChunks } from './chunked-input.js';
import { workerArgs } from './worker-args.js';

/** One recogniser's cost: MB per CPU-second when it runs alone (analyzer overhead included). */
export interface RecognizerCost {
  id: string;
  mbPerCpuSecond: number;
  findings: number;
}

const { file, limitBytes } = workerArgs(process.argv);
const chunks = [...textChunks(file, limitBytes)];
const bytes = chunks.reduce((n, c) => n + c.bytes, 0);
const costs: RecognizerCost[] = [];
for (const r of builtinRecognizers.filter((x) => x.meta.enabledByDefault !== false)) {
  const analyzer = createAnalyzer({ recognizers: [r], types: [r.meta.id] });
  analyzer.analyze(chunks[0]?.text ?? ''); // compile and warm up before timing
  const cpu0 = process.cpuUsage();
  let findings = 0;
  for (const c of chunks) findings += analyzer.analyze(c.text).length;
  const cpu = process.cpuUsage(cpu0);
  costs.push({ id: r.meta.id, mbPerCpuSecond: bytes / 1e6 / ((cpu.user + cpu.system) / 1e6), findings });
}
console.log(JSON.stringify(costs.sort((a, b) => a.mbPerCpuSecond - b.mbPerCpuSecond)));
