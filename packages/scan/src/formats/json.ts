import { decodedText } from './decoded-text.js';
import type { FormatReader } from './format-reader.js';
import { jsonScalars } from './json/json-scalars.js';
import { isTrivialValue } from './trivial-value.js';

/**
 * JSON, JSON Lines and concatenated JSON, streamed: each string (and each number long enough to be an
 * identifier) is a fragment located and contextualised by its key path; the outermost object inside an
 * array (or a JSONL line) is one record.
 */
export const json: FormatReader = {
  id: 'json',
  matches: ({ name }) => /\.(json|jsonl|ndjson|geojson|har)$/i.test(name),
  async *read(input, ctx) {
    const source = input.source;
    const lines = /\.(jsonl|ndjson)$/i.test(input.name);
    for await (const item of jsonScalars(decodedText(input, ctx))) {
      if ('error' in item) {
        ctx.issue({
          source,
          code: 'E_CORRUPT',
          message: `not valid JSON at line ${item.line} (offset ${item.offset}): ${item.error}; read up to there`,
          severity: 'error',
        });
        return;
      }
      if (isTrivialValue(item.value)) continue;
      const keyPath = lines ? item.path.replace(/^\$\d*/, '$') : item.path;
      yield {
        source,
        text: item.value,
        line: item.line,
        offset: item.offset,
        cell: lines ? { keyPath, row: item.root } : { keyPath },
        context: keyPath,
        record: `${source}#${lines ? `${item.root}` : item.record}`,
      };
    }
  },
};
