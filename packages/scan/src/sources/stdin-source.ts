import { PiguardError } from '@piguard/core';
import type { Fragment } from '../fragment.js';
import { HEAD_BYTES } from './file-input.js';
import { type ReadOptions, readInput } from './read-input.js';
import type { Source, SourceSink } from './source.js';
import { issueFromError } from './source-issue.js';

/** Standard input (`-`), read once as a stream; it is named `-` in reports. */
export function stdinSource(input: AsyncIterable<Uint8Array>, options: ReadOptions = {}): Source {
  return {
    id: '-',
    async *fragments(sink: SourceSink, signal?: AbortSignal): AsyncIterable<Fragment> {
      sink.opened?.('-');
      const iterator = input[Symbol.asyncIterator]();
      const buffered: Uint8Array[] = [];
      let headLength = 0;
      let done = false;
      try {
        // Enough bytes for sniffing; they are replayed in front of the rest when the reader opens the stream.
        while (headLength < HEAD_BYTES) {
          const next = await iterator.next();
          if (next.done) {
            done = true;
            break;
          }
          buffered.push(next.value);
          headLength += next.value.length;
          sink.bytes?.(next.value.length);
        }
        const head = Buffer.concat(buffered).subarray(0, HEAD_BYTES);
        let opened = false;
        yield* readInput(
          {
            source: '-',
            name: '-',
            head,
            depth: 0,
            async *open() {
              if (opened) throw new PiguardError('E_INPUT_INVALID', 'standard input can be read only once');
              opened = true;
              yield* buffered;
              buffered.length = 0;
              if (done) return;
              for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
                sink.bytes?.(next.value.length);
                yield next.value;
              }
            },
          },
          sink,
          { ...options, ...(signal ? { signal } : {}) },
        );
      } catch (error) {
        sink.issue(issueFromError('-', error));
      }
    },
  };
}
