import type { Fragment } from '../../fragment.js';
import { ArchiveBudget, withinDepth } from '../archive/archive-budget.js';
import { readMember } from '../archive/member-input.js';
import type { ReaderContext, ReaderInput } from '../format-reader.js';
import { chunkText, DEFAULT_CHUNK_CHARS } from '../text-chunker.js';
import { entityText, type MimeEntity, parseMimeEntity } from './mime-entity.js';
import { decodeEncodedWords } from './mime-headers.js';

/** Header fields that name or reach people; routing and technical headers are left out. */
const PEOPLE_HEADERS = ['from', 'sender', 'reply-to', 'to', 'cc', 'bcc', 'delivered-to', 'return-path', 'subject'];

/** Where one message sits: its container input, how its fragments are located, grouped and named. */
export interface MessagePlace {
  input: ReaderInput;
  /** Record id shared by the message's headers and bodies. */
  record: string;
  /** Message number in a mailbox (located as `cell.row`). */
  row?: number;
  /** Prefix of attachment sources: `mail.eml!/` or `box.mbox!/3/`. */
  memberPrefix: string;
}

/**
 * The fragments of one e-mail message: the people headers (RFC 2047 decoded) as one fragment, the text
 * bodies (text/plain preferred over its HTML alternative) and, through `ctx.readNested`, the attachments
 * and HTML bodies with whichever reader fits them. Headers and bodies share one record.
 */
export async function* messageFragments(raw: Uint8Array, place: MessagePlace, ctx: ReaderContext): AsyncIterable<Fragment> {
  const root = parseMimeEntity(raw);
  const { input } = place;
  const cell = place.row !== undefined ? { cell: { row: place.row } } : {};
  const own = (f: Fragment): Fragment => ({ ...f, ...cell, record: f.record ?? place.record });
  const budget = ArchiveBudget.of(input, ctx);
  let attachmentNo = 0;

  async function* walk(e: MimeEntity, isMessage: boolean): AsyncIterable<Fragment> {
    if (isMessage) {
      const lines: string[] = [];
      for (const h of PEOPLE_HEADERS) {
        for (const v of e.headers.get(h) ?? []) lines.push(`${h}: ${decodeEncodedWords(v)}`);
      }
      if (lines.length > 0) yield own({ source: input.source, text: lines.join('\n'), context: 'email header 邮件头' });
    }
    const type = e.contentType.value;
    if (type === 'message/rfc822') {
      for (const p of e.parts) yield* walk(p, true);
      return;
    }
    if (type.startsWith('multipart/')) {
      const parts = type === 'multipart/alternative' ? preferPlain(e.parts) : e.parts;
      for (const p of parts) yield* walk(p, false);
      return;
    }
    if (!e.attachment && type === 'text/plain') {
      const text = entityText(e);
      for await (const f of chunkText(once(text), { source: input.source, chunkChars: ctx.chunkChars ?? DEFAULT_CHUNK_CHARS }))
        yield own(f);
      return;
    }
    if (e.body.length === 0) return;
    const charset = e.contentType.params.get('charset');
    const isBody = !e.attachment && type === 'text/html';
    attachmentNo++;
    const name = isBody ? 'body.html' : safeName(e.filename ?? `attachment-${attachmentNo}`);
    const nested: ReaderInput = {
      source: isBody ? input.source : `${place.memberPrefix}${name}`,
      name,
      size: e.body.length,
      head: e.body.subarray(0, 8192),
      depth: input.depth + 1,
      budget,
      ...(charset ? { declaredCharset: charset } : {}),
      open: async function* () {
        yield e.body;
      },
    };
    if (!isBody && !withinDepth(nested, ctx, budget)) return;
    for await (const f of readMember(nested, ctx)) yield isBody ? own(f) : f;
  }

  yield* walk(root, true);
}

function preferPlain(parts: MimeEntity[]): MimeEntity[] {
  const plain = parts.find((p) => p.contentType.value === 'text/plain' && !p.attachment);
  return plain ? parts.filter((p) => p === plain || !p.contentType.value.startsWith('text/')) : parts;
}

function safeName(name: string): string {
  let out = '';
  for (const ch of name.replace(/[\\/]+/g, '_')) if (ch.charCodeAt(0) >= 0x20) out += ch;
  return out || 'attachment';
}

async function* once(text: string): AsyncIterable<string> {
  yield text;
}
