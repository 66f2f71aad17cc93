import { readFile, writeFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { personKeyOf, replaceSpans } from '@piguard/core';
import { scanError } from '../errors.js';
import { buildZip, type ZipFile } from '../evidence/zip-writer.js';
import { entryData, readZipDirectory } from '../formats/archive/zip-directory.js';
import type { Redactor } from './redactor.js';

/** Where an Office dialect keeps its text: paragraphs made of text runs, and the parts that hold them. */
export interface RunLayout {
  /** The paragraph element (`w:p`, `a:p`): PI split across runs is found within one paragraph. */
  paragraph: string;
  /**
   * Elements whose content is text (`w:t`, `a:t`), each with its stream: a paragraph's visible text, its deleted
   * revisions and its field codes are three texts, so that a deleted number and the one typed over it are not
   * read as one longer number.
   */
  text: ReadonlyMap<string, string>;
  /** Empty elements that stand for a character between runs (`w:tab` → tab, `w:br` → newline). */
  breaks: ReadonlyMap<string, string>;
  /** Parts whose paragraphs are redacted. */
  parts: readonly RegExp[];
  /** Elements of any part whose whole text is a person's name (document authors). */
  names: ReadonlySet<string>;
  /** Attributes whose value is a person's name (comment and revision authors), as `element@attribute` or `*@attribute`. */
  nameAttributes: ReadonlySet<string>;
}

/** Word: body, headers, footers, notes and comments, with deleted revisions and field codes (a `mailto:` hides there). */
export const WORD_RUNS: RunLayout = {
  paragraph: 'w:p',
  text: new Map([
    ['w:t', 'text'],
    ['w:delText', 'deleted'],
    ['w:instrText', 'field'],
  ]),
  breaks: new Map([
    ['w:tab', '\t'],
    ['w:br', '\n'],
    ['w:cr', '\n'],
  ]),
  parts: [/^word\/(document|header\d*|footer\d*|footnotes|endnotes|comments(Extended)?|people)\.xml$/],
  names: new Set(['dc:creator', 'cp:lastModifiedBy']),
  nameAttributes: new Set(['*@w:author', '*@w:initials', 'w15:person@w15:author']),
};

/** PowerPoint: slides, their notes, layouts and masters (placeholder text), and comments. */
export const SLIDE_RUNS: RunLayout = {
  paragraph: 'a:p',
  text: new Map([
    ['a:t', 'text'],
    ['p:text', 'text'],
  ]),
  breaks: new Map([['a:br', '\n']]),
  parts: [/^ppt\/(slides|notesSlides|slideLayouts|slideMasters|comments)\/[^/]+\.xml$/, /^ppt\/commentAuthors\.xml$/],
  names: new Set(['dc:creator', 'cp:lastModifiedBy']),
  nameAttributes: new Set(['p:cmAuthor@name', 'p:cmAuthor@initials']),
};

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// A part expands at most this far: a zip bomb stops the run instead of the machine.
const MAX_PART_BYTES = 512 * 1024 * 1024;

// Tags, comments, CDATA and processing instructions; attribute values may hold `>`.
const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const escapeText = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttr = (s: string): string => escapeText(s).replace(/"/g, '&quot;');

interface Segment {
  /** Where the element's content starts and ends in the part. */
  from: number;
  to: number;
  openTag: string;
  openAt: number;
  text: string;
  /** Offset of the text in its paragraph's text. */
  at: number;
}

interface Edit {
  from: number;
  to: number;
  text: string;
}

/**
 * Redacts the paragraphs of one Office XML part in place: the text of a paragraph's runs is analysed as one text,
 * so a value split across runs (`<w:t>1381234</w:t>…<w:t>5678</w:t>`) is found whole; its replacement goes into
 * the run where the value began (keeping that run's formatting) and the rest of the value is removed from the
 * runs after it. Everything else in the part (markup, properties, other elements) stays byte for byte.
 */
export function redactRuns(xml: string, layout: RunLayout, redactor: Redactor): string {
  const edits: Edit[] = [];
  // Each open paragraph (text boxes nest them) with its streams of text.
  const paragraphs: Map<string, { text: string; segments: Segment[] }>[] = [];
  let open: { openAt: number; from: number; openTag: string } | undefined;
  for (const m of xml.matchAll(TOKEN)) {
    const [token, closing, name, attrs, selfClosing] = m;
    if (name === undefined) continue;
    const at = m.index;
    const top = paragraphs[paragraphs.length - 1];
    if (layout.nameAttributes.size > 0 && !closing && attrs) {
      const fixed = redactNameAttributes(name, attrs, layout, redactor);
      if (fixed !== attrs) edits.push({ from: at + 1 + name.length, to: at + 1 + name.length + attrs.length, text: fixed });
    }
    if (name === layout.paragraph) {
      if (closing) {
        for (const stream of paragraphs.pop()?.values() ?? []) edits.push(...paragraphEdits(stream.text, stream.segments, redactor));
      } else if (!selfClosing) paragraphs.push(new Map());
    } else if (layout.text.has(name) || layout.names.has(name)) {
      if (!closing && !selfClosing) open = { openAt: at, from: at + token.length, openTag: token };
      else if (closing && open) {
        const text = decodeXml(xml.slice(open.from, at));
        if (layout.names.has(name)) {
          const out = redactor.redact(text, '姓名');
          if (out !== text) edits.push({ from: open.from, to: at, text: escapeText(out) });
        } else if (top) {
          const key = layout.text.get(name) ?? 'text';
          const stream = top.get(key) ?? { text: '', segments: [] };
          top.set(key, stream);
          stream.segments.push({ ...open, to: at, text, at: stream.text.length });
          stream.text += text;
        } else {
          // Text outside any paragraph (a comment list's p:text): a text of its own.
          const out = redactor.redact(text);
          if (out !== text) edits.push({ from: open.from, to: at, text: escapeText(out) });
        }
        open = undefined;
      }
    } else if (top && !closing) {
      const c = layout.breaks.get(name);
      if (c !== undefined) for (const stream of top.values()) stream.text += c;
    }
  }
  return replaceSpans(
    xml,
    edits.map((e) => ({ start: e.from, end: e.to, replacement: e.text })),
  );
}

function redactNameAttributes(element: string, attrs: string, layout: RunLayout, redactor: Redactor): string {
  return attrs.replace(/([\w.:-]+)(\s*=\s*)"([^"]*)"/g, (whole, attr: string, eq: string, raw: string) => {
    if (!layout.nameAttributes.has(`*@${attr}`) && !layout.nameAttributes.has(`${element}@${attr}`)) return whole;
    const value = decodeXml(raw);
    const out = redactor.redact(value, '姓名');
    return out === value ? whole : `${attr}${eq}"${escapeAttr(out)}"`;
  });
}

function paragraphEdits(text: string, segments: readonly Segment[], redactor: Redactor): Edit[] {
  if (segments.length === 0 || text.trim().length === 0) return [];
  const findings = redactor.find(text);
  if (findings.length === 0) return [];
  const spans = redactor.spans(findings, personKeyOf(findings));
  if (spans.length === 0) return [];
  let whole = '';
  let last = 0;
  for (const s of spans) {
    whole += text.slice(last, s.start) + s.replacement;
    last = s.end;
  }
  redactor.check(whole + text.slice(last));
  // A replacement goes into the first run that holds part of its value; later runs lose their part of it.
  const owner = spans.map((s) => segments.findIndex((g) => g.at + g.text.length > s.start && g.at < s.end));
  const edits: Edit[] = [];
  segments.forEach((g, i) => {
    const end = g.at + g.text.length;
    let out = '';
    let pos = g.at;
    let changed = false;
    spans.forEach((s, k) => {
      if (s.end <= g.at || s.start >= end) return;
      out += text.slice(pos, Math.max(s.start, g.at));
      if (owner[k] === i) out += s.replacement;
      pos = Math.min(s.end, end);
      changed = true;
    });
    if (!changed) return;
    out += text.slice(pos, end);
    if (out === g.text) return;
    // Word trims a run's edge spaces unless told to keep them.
    const openTag = /\sxml:space=/.test(g.openTag) ? g.openTag : g.openTag.replace(/\/?>$/, ' xml:space="preserve">');
    edits.push({ from: g.openAt, to: g.to, text: openTag + escapeText(out) });
  });
  return edits;
}

/**
 * Redacts a Word or PowerPoint file into a new one: the parts that hold text are rewritten by `redactRuns`, every
 * other part (styles, media, relationships) is copied as it was, in the same order. Hyperlink targets in the
 * relationships (`mailto:`, `tel:`) are redacted as text. Held in memory (the input is at most `maxBytes`).
 */
export async function redactOoxml(input: string, output: string, layout: RunLayout, redactor: Redactor, maxBytes: number): Promise<void> {
  const bytes = await readFile(input);
  if (bytes.length > maxBytes)
    throw scanError('E_CONFIG_INVALID', `${input} is over ${maxBytes >> 20} MB: Office files are redacted in memory`);
  if (CFB_MAGIC.every((b, i) => bytes[i] === b))
    throw scanError('E_CONFIG_INVALID', `${input} is password-protected (an encrypted Office package): it cannot be redacted`);
  let entries: ReturnType<typeof readZipDirectory>;
  try {
    entries = readZipDirectory(bytes);
  } catch (e) {
    throw scanError('E_CONFIG_INVALID', `${input} is not a readable Office document: ${(e as Error).message}`, e);
  }
  const files: ZipFile[] = [];
  for (const e of entries) {
    let data: Buffer;
    try {
      const raw = entryData(bytes, e);
      data = e.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: MAX_PART_BYTES });
    } catch (err) {
      throw scanError('E_CONFIG_INVALID', `${input}: part ${e.name} cannot be read: ${(err as Error).message}`, err);
    }
    if (layout.parts.some((p) => p.test(e.name)) || e.name === 'docProps/core.xml') {
      data = Buffer.from(redactRuns(data.toString('utf8'), layout, redactor), 'utf8');
    } else if (e.name.endsWith('.rels')) {
      data = Buffer.from(redactLinkTargets(data.toString('utf8'), redactor), 'utf8');
    }
    files.push({ path: e.name, bytes: data });
  }
  await writeFile(output, buildZip(files));
}

function redactLinkTargets(xml: string, redactor: Redactor): string {
  return xml.replace(/(\sTarget=")((?:mailto|tel):[^"]*)"/gi, (_w, head: string, raw: string) => {
    const value = decodeXml(raw);
    return `${head}${escapeAttr(redactor.redact(value))}"`;
  });
}
