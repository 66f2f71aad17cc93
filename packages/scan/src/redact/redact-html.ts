import { type Finding, personKeyOf } from '@piguard/core';
import type { Redactor } from './redactor.js';

// Markup that holds no visible text: comments, scripts, styles, and tags themselves (their quoted attribute values
// are analysed on their own below).
const MARKUP = /<!--[\s\S]*?-->|<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>|<[^>]*>/gi;
const ATTRIBUTE_VALUE = /=\s*("([^"]*)"|'([^']*)')/g;

interface Segment {
  /** Where the segment's text starts in the HTML. */
  at: number;
  text: string;
  /** Where it starts in the joined text the analyzer reads. */
  offset: number;
}

function segmentsOf(html: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  const push = (at: number, text: string) => {
    if (text.trim().length > 0) segments.push({ at, text, offset: 0 });
  };
  for (const m of html.matchAll(MARKUP)) {
    push(last, html.slice(last, m.index));
    if (m[0].startsWith('<') && !m[0].startsWith('<!--') && !/^<(script|style)\b/i.test(m[0])) {
      for (const a of m[0].matchAll(ATTRIBUTE_VALUE)) {
        const value = a[2] ?? a[3] ?? '';
        push(m.index + a.index + a[0].indexOf(value, a[0].indexOf(a[1] as string) + 1), value);
      }
    }
    last = m.index + m[0].length;
  }
  push(last, html.slice(last));
  return segments;
}

/**
 * Redacts an HTML document: the visible text and the quoted attribute values are analysed together (one line each,
 * so that a label in one cell gives context to the value in the next) and replaced in place; tags, comments,
 * scripts and styles stay byte for byte. A value split by inline markup (`<b>138</b>12345678`) is not seen whole.
 */
export function redactHtml(html: string, redactor: Redactor): string {
  const segments = segmentsOf(html);
  let joined = '';
  for (const s of segments) {
    s.offset = joined.length;
    joined += `${s.text}\n`;
  }
  const findings = redactor.find(joined);
  const bySegment = new Map<Segment, Finding[]>();
  let i = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    while (i < segments.length - 1 && (segments[i + 1] as Segment).offset <= f.start) i++;
    const s = segments[i] as Segment;
    // A finding across two segments would have to be cut inside markup: leave it (the re-scan counts it).
    if (f.end > s.offset + s.text.length) continue;
    const list = bySegment.get(s) ?? [];
    list.push({ ...f, start: f.start - s.offset, end: f.end - s.offset });
    bySegment.set(s, list);
  }
  const person = personKeyOf(findings);
  let out = '';
  let last = 0;
  for (const s of segments) {
    const list = bySegment.get(s);
    if (!list) continue;
    out += html.slice(last, s.at) + redactor.apply(s.text, list, person);
    last = s.at + s.text.length;
  }
  return out + html.slice(last);
}
