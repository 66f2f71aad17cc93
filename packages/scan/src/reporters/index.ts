/** Reporters: one file per output format. */
import { csv } from './csv.js';
import { html } from './html/html.js';
import { json } from './json.js';
import { jsonl } from './jsonl.js';
import type { ReporterFactory } from './reporter.js';
import { sarif } from './sarif.js';
import { table } from './table.js';

export { csvField } from './csv.js';
export { findingJson, findingLocation } from './finding-json.js';
export type { FindingJson } from './finding-json.js';
export type { Reporter, ReporterFactory, ReporterOptions, ReportWriter } from './reporter.js';
export { csv, html, json, jsonl, sarif, table };

/** The report formats by name, as `--format` takes them. */
export const reporters = Object.freeze({ table, json, jsonl, csv, sarif, html } satisfies Record<string, ReporterFactory>);

/** A format name of `--format`. */
export type ReportFormat = keyof typeof reporters;
