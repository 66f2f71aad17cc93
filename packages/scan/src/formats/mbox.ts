import type { Fragment } from '../fragment.js';
import type { FormatReader, ReaderContext, ReaderInput } from './format-reader.js';
import { messageFragments } from './mime/message-fragments.js';

const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;
const FROM_LINE = Buffer.from('\nFrom ');

/**
 * Unix mailboxes (.mbox, .mbx): split at `From ` lines while streaming, each message read like an .eml,
 * located by its number (`cell.row`) and grouped as one record; attachments as `box.mbox!/3/a.pdf`.
 */
export const mbox: FormatReader = {
  id: 'mbox',
  matches: ({ name, head }) =>
    /\.(mbox|mbx)$/i.test(name) || (/^From \S+/.test(new TextDecoder().decode(head.subarray(0, 64))) && !/\.\w{1,5}$/.test(name)),
  async *read(input, ctx) {
    let pending = Buffer.alloc(0);
    let searchFrom = 0;
    let n = 0;
    let skipping = false;
    for await (const chunk of input.open()) {
      pending = Buffer.concat([pending, chunk]);
      for (;;) {
        const at = pending.indexOf(FROM_LINE, Math.max(0, searchFrom));
        if (at < 0) break;
        if (!skipping) yield* message(pending.subarray(0, at + 1), ++n, input, ctx);
        else skipping = false;
        pending = pending.subarray(at + 1);
        searchFrom = 1;
      }
      searchFrom = Math.max(1, pending.length - FROM_LINE.length);
      if (pending.length > MAX_MESSAGE_BYTES) {
        ctx.issue({
          source: input.source,
          code: 'E_TOO_LARGE',
          message: `message ${++n} is larger than ${MAX_MESSAGE_BYTES} bytes; skipped`,
          severity: 'error',
        });
        pending = Buffer.alloc(0);
        skipping = true;
      }
    }
    if (!skipping && pending.length > 0) yield* message(pending, ++n, input, ctx);
  },
};

async function* message(raw: Buffer, n: number, input: ReaderInput, ctx: ReaderContext): AsyncIterable<Fragment> {
  // Drop the `From sender date` envelope line; the message proper starts after it.
  const eol = raw.indexOf(0x0a);
  const body = raw.subarray(0, 5).toString('latin1') === 'From ' ? raw.subarray(eol + 1) : raw;
  if (body.length === 0) return;
  yield* messageFragments(body, { input, record: `${input.source}#${n}`, row: n, memberPrefix: `${input.source}!/${n}/` }, ctx);
}
