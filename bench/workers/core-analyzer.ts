// Measured child: piguard's core analyzer (all default recognisers, or the identifier engine), one thread.
import { createAnalyzer } from '@piguard/core';
import { textChunks } from './chunked-input.js';
import { recognizerSet } from './recognizer-sets.js';
import { workerArgs } from './worker-args.js';
import { measureChunks } from './worker-result.js';

const { file, limitBytes, totalBytes, set } = workerArgs(process.argv);
const recognizers = recognizerSet(set);
const analyzer = createAnalyzer({ recognizers });
const label =
  set === 'all'
    ? `piguard core, all ${recognizers.length} recognisers`
    : `piguard core, identifier engine (${recognizers.length} recognisers)`;
await measureChunks(label, textChunks(file, limitBytes), totalBytes, (text) => analyzer.analyze(text).length);
