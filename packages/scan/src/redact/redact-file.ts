import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { RedactionChange } from '@piguard/core';
import { scanError } from '../errors.js';
import type { TableCopyReport } from './database/redact-database.js';
import { redactCsvStream } from './redact-csv-stream.js';
import { redactHtml } from './redact-html.js';
import { redactOoxml, SLIDE_RUNS, WORD_RUNS } from './redact-ooxml.js';
import { redactJsonLinesStream, redactJsonText } from './redact-json.js';
import { redactTextStream } from './redact-text-stream.js';
import { createRedactor, type RedactionVerification, type Redactor, type RedactorOptions } from './redactor.js';
import { redactXlsx } from './redact-xlsx.js';
import { openTextInput, openTextOutput } from './text-io.js';

/** The formats `redactFile` writes back in kind. */
export type RedactFormat = 'text' | 'csv' | 'tsv' | 'json' | 'jsonl' | 'html' | 'xlsx' | 'docx' | 'pptx' | 'database';

/** What a redaction run changed, per type, and what the re-scan of its output found. */
export interface RedactReport {
  input: string;
  output: string;
  format: RedactFormat;
  encoding: string;
  changes: RedactionChange[];
  total: number;
  /** Values too short for their operator (FF1 needs a domain of a million) replaced by their type tag. */
  fallbacks: number;
  alreadyProtected: number;
  verification: RedactionVerification;
  /** Problems that did not stop the run: undecodable bytes, JSON Lines that were not JSON. */
  warnings: string[];
  /** A database copy: per table and column, the types and what changed. */
  tables?: TableCopyReport[];
}

// A whole JSON, HTML or Office document is held in memory; larger JSON should be JSON Lines.
const MAX_JSON_BYTES = 256 * 1024 * 1024;

/** The format of a path by its extension; anything not structured is text. */
export function redactFormatOf(path: string): RedactFormat {
  const ext = extname(path).toLowerCase();
  if (ext === '.csv') return 'csv';
  if (ext === '.tsv' || ext === '.tab') return 'tsv';
  if (ext === '.json') return 'json';
  if (ext === '.jsonl' || ext === '.ndjson') return 'jsonl';
  if (ext === '.html' || ext === '.htm' || ext === '.xhtml') return 'html';
  if (ext === '.xlsx') return 'xlsx';
  if (ext === '.docx' || ext === '.docm' || ext === '.dotx') return 'docx';
  if (ext === '.pptx' || ext === '.pptm' || ext === '.potx' || ext === '.ppsx') return 'pptx';
  if (['.pdf', '.zip', '.gz', '.tar', '.xls', '.doc', '.ppt'].includes(ext)) {
    throw scanError(
      'E_CONFIG_INVALID',
      `redacting ${ext} files is not supported yet (text, csv, tsv, json, jsonl, html, xlsx, docx and pptx are)`,
    );
  }
  return 'text';
}

async function collectText(chunks: AsyncIterable<string>): Promise<string> {
  let s = '';
  for await (const c of chunks) s += c;
  return s;
}

/** Redacts one file into `output`, keeping its format, encoding and structure; streams all but whole JSON and HTML documents. */
export async function redactFile(
  input: string,
  output: string,
  options: RedactorOptions & { format?: RedactFormat },
): Promise<RedactReport> {
  const format = options.format ?? redactFormatOf(input);
  if ((format === 'json' || format === 'html') && (await stat(input)).size > MAX_JSON_BYTES) {
    throw scanError('E_CONFIG_INVALID', `${input} is over ${MAX_JSON_BYTES >> 20} MB: whole ${format} documents are redacted in memory`);
  }
  const redactor = createRedactor(options);
  if (format === 'xlsx') {
    await redactXlsx(input, output, redactor);
    return report(input, output, format, 'xlsx', redactor, []);
  }
  if (format === 'docx' || format === 'pptx') {
    await redactOoxml(input, output, format === 'docx' ? WORD_RUNS : SLIDE_RUNS, redactor, MAX_JSON_BYTES);
    return report(input, output, format, format, redactor, []);
  }
  const source = await openTextInput(input);
  const sink = await openTextOutput(output, source.encoding.encoding, source.bom);
  const warnings: string[] = [];
  const stats = { invalidLines: 0 };
  try {
    if (format === 'json') {
      await sink.write(redactJsonText(await collectText(source.chunks), redactor));
    } else if (format === 'html') {
      await sink.write(redactHtml(await collectText(source.chunks), redactor));
    } else {
      const pieces =
        format === 'csv' || format === 'tsv'
          ? redactCsvStream(source.chunks, redactor, format === 'tsv' ? '\t' : ',')
          : format === 'jsonl'
            ? redactJsonLinesStream(source.chunks, redactor, stats)
            : redactTextStream(source.chunks, redactor);
      for await (const piece of pieces) await sink.write(piece);
    }
  } catch (error) {
    if (error instanceof SyntaxError) throw scanError('E_CONFIG_INVALID', `${input} is not valid JSON: ${error.message}`, error);
    throw error;
  } finally {
    await sink.close();
  }
  if (source.damaged()) warnings.push('some bytes did not decode and were read as replacement characters');
  if (stats.invalidLines > 0) warnings.push(`${stats.invalidLines} lines were not JSON and were redacted as text`);
  return report(input, output, format, source.encoding.encoding, redactor, warnings);
}

function report(
  input: string,
  output: string,
  format: RedactFormat,
  encoding: string,
  redactor: Redactor,
  warnings: string[],
): RedactReport {
  return {
    input,
    output,
    format,
    encoding,
    changes: redactor.tally.changes(),
    total: redactor.tally.total(),
    fallbacks: redactor.tally.fallbacks,
    alreadyProtected: redactor.tally.alreadyProtected,
    verification: redactor.verification,
    warnings,
  };
}
