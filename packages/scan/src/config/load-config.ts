import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { PiguardError } from '@piguard/core';
import type { z } from 'zod';
import { scanError } from '../errors.js';
import type { ScanOptions } from '../scan/scan-options.js';
import { configSchema, type PiguardConfig } from './config-schema.js';
import { stripJsonComments } from './strip-json-comments.js';

/** Config file names, looked for in this order in each folder. */
export const CONFIG_FILE_NAMES = ['piguard.config.json', '.piguardrc'] as const;

const MAX_CONFIG_BYTES = 1024 * 1024;

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The config file that applies to a scan of `targets`: the first found in a scanned folder's root, then in
 * `cwd`; undefined when there is none (a config file is optional).
 */
export async function findConfigFile(targets: readonly string[], cwd: string): Promise<string | undefined> {
  const folders: string[] = [];
  for (const t of targets) if (t !== '-' && !t.includes('://') && (await isDirectory(t))) folders.push(resolve(cwd, t));
  folders.push(resolve(cwd));
  for (const folder of folders) {
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(folder, name);
      if (await isFile(path)) return path;
    }
  }
  return undefined;
}

function lineColumn(text: string, position: number): string {
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  return `${line}:${position - before.lastIndexOf('\n')}`;
}

function issuePath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : `${s}${s ? '.' : ''}${String(k)}`), '');
}

/** The zod issues as lines `key.path: message`, one per problem. */
function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  ${issuePath(i.path) || '(top level)'}: ${i.message}`).join('\n');
}

/** Parses and validates a config file's text; throws E_CONFIG_INVALID naming the file and every problem. */
export function parseConfig(text: string, name: string): PiguardConfig {
  const clean = stripJsonComments(text.replace(/^\uFEFF/, ''));
  let raw: unknown;
  try {
    raw = JSON.parse(clean);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    const where = at ? ` at ${lineColumn(clean, Number(at[1]))}` : '';
    throw scanError('E_CONFIG_INVALID', `${name}${where}: not valid JSON (${message})`);
  }
  const parsed = configSchema.safeParse(raw);
  if (!parsed.success) throw scanError('E_CONFIG_INVALID', `${name} is invalid:\n${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Reads, parses and validates a config file; throws E_CONFIG_INVALID when it is missing, too big or wrong. */
export async function loadConfig(path: string): Promise<PiguardConfig> {
  let text: string;
  try {
    const info = await stat(path);
    if (info.size > MAX_CONFIG_BYTES) throw scanError('E_CONFIG_INVALID', `${path}: a config file of ${info.size} bytes is too big`);
    text = await readFile(path, 'utf8');
  } catch (error) {
    if (error instanceof PiguardError) throw error;
    throw scanError('E_CONFIG_INVALID', `cannot read config file ${path}: ${(error as Error).message}`);
  }
  return parseConfig(text, path);
}

/** The scan options a config file sets; command-line flags given explicitly override them. */
export function configScanOptions(config: PiguardConfig): ScanOptions {
  return {
    ...(config.profile ? { profile: config.profile } : {}),
    ...(config.minScore !== undefined ? { minScore: config.minScore } : {}),
    ...(config.types ? { types: config.types } : {}),
    ...(config.exclude ? { exclude: config.exclude } : {}),
    ...(config.gitignore !== undefined ? { gitignore: config.gitignore } : {}),
    ...(config.allowList
      ? { allowList: { values: config.allowList.values, patterns: config.allowList.patterns.map((p) => new RegExp(p)) } }
      : {}),
    ...(config.recognizers && config.recognizers.length > 0 ? { customRecognizers: config.recognizers } : {}),
  };
}
