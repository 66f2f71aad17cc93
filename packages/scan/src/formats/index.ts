// The format readers, one import line each, sorted by id; `text` comes last as the fallback that takes
// whatever no other reader matched. A reader author adds one line here.
import { csv } from './csv.js';
import { docx } from './docx.js';
import { eml } from './eml.js';
import type { FormatReader, ReaderInput } from './format-reader.js';
import { gz } from './gz.js';
import { html } from './html.js';
import { json } from './json.js';
import { mbox } from './mbox.js';
import { pdf } from './pdf.js';
import { pptx } from './pptx.js';
import { tar } from './tar.js';
import { text } from './text.js';
import { xlsx } from './xlsx.js';
import { xml } from './xml.js';
import { zip } from './zip.js';

/** The built-in readers, tried in order; the first whose `matches` says yes reads the input. */
export const formatReaders: readonly FormatReader[] = [
  csv,
  docx,
  eml,
  gz,
  html,
  json,
  mbox,
  pdf,
  pptx,
  tar,
  xlsx,
  xml,
  zip, // after docx, pptx and xlsx, which are zips too
  text,
];

/** The reader for an input: the first that matches, else the text fallback. */
export function selectReader(
  input: Pick<ReaderInput, 'name' | 'head' | 'declaredCharset'>,
  readers: readonly FormatReader[] = formatReaders,
): FormatReader {
  return readers.find((r) => r.matches(input)) ?? text;
}
