import type { Redactor } from './redactor.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface Leaf {
  holder: Json[] | { [key: string]: Json };
  key: string | number;
  text: string;
  context: string | undefined;
}

// Collects every string (and number: a phone stored as a number is still a phone) with its key as context.
function collect(value: Json, holder: Leaf['holder'] | undefined, key: string | number, context: string | undefined, out: Leaf[]): void {
  if (value === null || typeof value === 'boolean') return;
  if (typeof value === 'string' || typeof value === 'number') {
    if (holder) out.push({ holder, key, text: String(value), context });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => collect(v, value, i, context, out));
    return;
  }
  for (const [k, v] of Object.entries(value)) collect(v, value, k, k, out);
}

/**
 * Redacts one JSON record in place: each string leaf analysed with its key as context, the record's strongest
 * identifier keying the date shift. A number that held PI becomes a string (its redacted form is no number).
 */
export function redactJsonRecord(record: Json, redactor: Redactor): Json {
  if (typeof record === 'string') return redactor.redact(record);
  const leaves: Leaf[] = [];
  collect(record, undefined, 0, undefined, leaves);
  const outs = redactor.redactRecord(
    leaves.map((l) => l.text),
    leaves.map((l) => l.context),
  );
  leaves.forEach((l, i) => {
    const out = outs[i] as string;
    if (out !== l.text) (l.holder as Record<string | number, Json>)[l.key] = out;
  });
  return record;
}

/** Redacts a whole JSON document: each element of a top-level array is a record, else the document is one. */
export function redactJsonText(text: string, redactor: Redactor): string {
  const doc = JSON.parse(text) as Json;
  const indent = /^[[{]\s*\n(\s+)/.exec(text)?.[1] ?? '';
  const out = Array.isArray(doc) ? doc.map((r) => redactJsonRecord(r, redactor)) : redactJsonRecord(doc, redactor);
  return JSON.stringify(out, null, indent) + (text.endsWith('\n') ? '\n' : '');
}

/** Redacts JSON Lines line by line; a line that is not JSON is redacted as text and counted in `invalidLines`. */
export async function* redactJsonLinesStream(
  chunks: AsyncIterable<string>,
  redactor: Redactor,
  stats: { invalidLines: number },
): AsyncIterable<string> {
  let buffer = '';
  const line = (l: string): string => {
    const body = l.endsWith('\r') ? l.slice(0, -1) : l;
    if (body.trim() === '') return l;
    try {
      return JSON.stringify(redactJsonRecord(JSON.parse(body) as Json, redactor)) + (body === l ? '' : '\r');
    } catch (error) {
      if (!(error instanceof SyntaxError)) throw error;
      stats.invalidLines++;
      return redactor.redact(l);
    }
  };
  for await (const chunk of chunks) {
    buffer += chunk;
    let nl = buffer.indexOf('\n');
    let out = '';
    let from = 0;
    while (nl >= 0) {
      out += `${line(buffer.slice(from, nl))}\n`;
      from = nl + 1;
      nl = buffer.indexOf('\n', from);
    }
    buffer = buffer.slice(from);
    if (out) yield out;
  }
  if (buffer.length > 0) yield line(buffer);
}
