// Measured child: the redact-pii npm package (SyncRedactor, built-in patterns, no Google DLP).
import { SyncRedactor } from 'redact-pii';
import { textChunks } from './chunked-input.js';
import { workerArgs } from './worker-args.js';
import { measureChunks } from './worker-result.js';

const { file, limitBytes, totalBytes } = workerArgs(process.argv);
const redactor = new SyncRedactor();
await measureChunks('redact-pii', textChunks(file, limitBytes), totalBytes, (text) => {
  const out = redactor.redact(text);
  // It returns redacted text only: count its placeholders (UPPER_CASE_WORDS it substitutes) as findings.
  return out.match(/\b[A-Z]+(?:_[A-Z]+)+\b/g)?.length ?? 0;
});
