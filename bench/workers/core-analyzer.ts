// Measured child: piguard's core analyzer, all built-in recognisers, one thread.
import { createAnalyzer } from '@piguard/core';
import { textChunks } from './chunked-input.js';
import { workerArgs } from './worker-args.js';
import { measureChunks } from './worker-result.js';

const { file, limitBytes, totalBytes } = workerArgs(process.argv);
const analyzer = createAnalyzer();
await measureChunks('piguard core', textChunks(file, limitBytes), totalBytes, (text) => analyzer.analyze(text).length);
