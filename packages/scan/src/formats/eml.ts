import { collectBytes } from './collect-bytes.js';
import type { FormatReader } from './format-reader.js';
import { messageFragments } from './mime/message-fragments.js';

/** A single message is parsed in memory; larger ones are reported rather than read. */
const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

/**
 * E-mail messages (.eml, .msg exported as MIME): headers and bodies with base64, quoted-printable,
 * RFC 2047 headers and any charset decoded; attachments read through `ctx.readNested` as `mail.eml!/a.xlsx`.
 */
export const eml: FormatReader = {
  id: 'eml',
  matches: ({ name }) => /\.(eml|mht|mhtml)$/i.test(name),
  async *read(input, ctx) {
    const bytes = await collectBytes(input, ctx, MAX_MESSAGE_BYTES);
    if (!bytes) return;
    yield* messageFragments(bytes, { input, record: `${input.source}#message`, memberPrefix: `${input.source}!/` }, ctx);
  },
};
