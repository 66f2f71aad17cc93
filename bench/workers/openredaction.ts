// Measured child: the openredaction npm package (regex-first PII detection), default configuration.
import { OpenRedaction } from 'openredaction';
import { textChunks } from './chunked-input.js';
import { workerArgs } from './worker-args.js';
import { measureChunks } from './worker-result.js';

const { file, limitBytes, totalBytes } = workerArgs(process.argv);
const redactor = new OpenRedaction({ redactionMode: 'placeholder' });
await measureChunks('openredaction', textChunks(file, limitBytes), totalBytes, async (text) => {
  const result = await redactor.detect(text);
  return result.detections.length;
});
