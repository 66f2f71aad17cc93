// Measured child: piguard's redaction in the core (analysis + the default policy's operators), one thread.
import { createAnalyzer, createOperatorKeys, defaultPolicy, RedactionTally, redactText } from '@piguard/core';
import { textChunks } from './chunked-input.js';
import { workerArgs } from './worker-args.js';
import { measureChunks } from './worker-result.js';

const { file, limitBytes, totalBytes } = workerArgs(process.argv);
const analyzer = createAnalyzer();
// A fixed bench key: pseudonymising names needs one, and the figure must not depend on where the key comes from.
const keys = createOperatorKeys(Uint8Array.from({ length: 32 }, (_, i) => i));
const tally = new RedactionTally();
await measureChunks('piguard redact (core, default policy)', textChunks(file, limitBytes), totalBytes, (text) => {
  const before = tally.total();
  redactText(text, analyzer.analyze(text), defaultPolicy, { keys }, tally);
  return tally.total() - before;
});
