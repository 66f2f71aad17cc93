import { resolve } from 'node:path';
import {
  defaultPolicy,
  type OperatorKeys,
  OPERATOR_KINDS,
  PiguardError,
  type Policy,
  parsePolicy,
  policyNeedsKey,
  withoutKeyedOperators,
} from '@piguard/core';
import { isDatabaseUrl, loadOperatorKeys, nationalAlgorithms, type RedactReport, redactDatabase, redactFile } from '@piguard/scan';
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { commanderOptions } from '../flags.js';
import { inputErrorExit } from '../input-error-exit.js';

/** The flags of `piguard redact`. */
export const redactFlags = {
  out: { flags: '-o, --out <file>', description: 'where to write the redacted copy (never the input itself)' },
  to: {
    flags: '--to <database>',
    description: 'for a database input: the database to copy into (sqlite:out.db, postgres://…?schema=x, mysql://…/db)',
  },
  overwrite: { flags: '--overwrite', description: 'for a database copy: replace target tables that already hold rows' },
  policy: { flags: '--policy <file>', description: 'a policy file (JSON: rules of types → operators); default: the safe default policy' },
  operator: {
    flags: '--operator <name>',
    description: 'one operator for every finding instead of a policy',
    choices: OPERATOR_KINDS.filter((k) => k !== 'keep'),
  },
  fpe: {
    flags: '--fpe <algorithm>',
    description:
      'with --operator tokenize: the format-preserving cipher (FF3-1 takes at most 56 digits, 32 letters or 12 Chinese characters)',
    choices: ['ff1', 'ff3-1'],
  },
  report: { flags: '--report <format>', description: 'how to print what changed', choices: ['table', 'json'], defaultValue: 'table' },
  types: { flags: '-t, --types <list>', description: 'only redact these types (entities, taxonomy ids or prefixes, sensitive|general)' },
  minScore: { flags: '--min-score <score>', description: 'ignore findings scored below this (0 to 1)' },
  verify: { flags: '--no-verify', description: 'skip the re-scan of the output' },
  national: {
    flags: '--national',
    description: "SM4 (FF1) and HMAC-SM3 instead of AES and HMAC-SHA-256, where this runtime's OpenSSL offers them",
  },
};

/** The parsed values of `piguard redact`'s flags. */
export interface RedactFlagValues {
  out?: string;
  to?: string;
  overwrite?: boolean;
  policy?: string;
  operator?: string;
  fpe?: 'ff1' | 'ff3-1';
  report: 'table' | 'json';
  types?: string;
  minScore?: string;
  verify: boolean;
  national?: boolean;
}

/** The policy a run uses: a file, one operator, or the default; `note` explains a fallback the user should know. */
export async function resolvePolicy(
  flags: { policy?: string; operator?: string; fpe?: 'ff1' | 'ff3-1' },
  keys: OperatorKeys | undefined,
): Promise<{ policy: Policy; note?: string }> {
  if (flags.policy !== undefined && flags.operator !== undefined)
    throw new PiguardError('E_CONFIG_INVALID', 'give --policy or --operator, not both');
  let policy: Policy;
  if (flags.fpe !== undefined && flags.operator !== 'tokenize')
    throw new PiguardError('E_CONFIG_INVALID', '--fpe goes with --operator tokenize (in a policy: "algorithm" of tokenize)');
  if (flags.operator !== undefined)
    policy = parsePolicy({
      version: 1,
      rules: [],
      default: { kind: flags.operator, ...(flags.fpe !== undefined ? { algorithm: flags.fpe } : {}) },
    });
  else if (flags.policy !== undefined && flags.policy !== 'default') {
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(flags.policy, 'utf8'));
    } catch (error) {
      throw new PiguardError('E_CONFIG_INVALID', `cannot read the policy ${flags.policy}: ${(error as Error).message}`);
    }
    policy = parsePolicy(raw);
  } else {
    // The default pseudonymises names, which needs a key; without one it masks them and says so, rather than stop.
    return keys
      ? { policy: defaultPolicy }
      : {
          policy: withoutKeyedOperators(defaultPolicy),
          note: 'no key (PIGUARD_KEY_FILE or PIGUARD_KEY): names are masked instead of pseudonymised',
        };
  }
  if (policyNeedsKey(policy) && !keys) {
    throw new PiguardError(
      'E_KEY_MISSING',
      'this policy needs a key: set PIGUARD_KEY_FILE (a file) or PIGUARD_KEY; keys are never taken from the command line',
    );
  }
  return { policy };
}

function reportTable(r: RedactReport): string {
  const lines = [`piguard redact: ${r.input} → ${r.output} (${r.format}, ${r.encoding})`];
  const width = Math.max(6, ...r.changes.map((c) => c.entity.length));
  lines.push(`  ${'entity'.padEnd(width)}  ${'operator'.padEnd(12)}  count`);
  for (const c of r.changes) lines.push(`  ${c.entity.padEnd(width)}  ${c.operator.padEnd(12)}  ${c.count}`);
  lines.push(
    `  ${r.total} values changed${r.fallbacks ? `, ${r.fallbacks} too short for their operator and replaced by their type tag` : ''}${r.alreadyProtected ? `, ${r.alreadyProtected} already masked left as they were` : ''}`,
  );
  if (!r.verification.rescanned) lines.push('  re-scan: skipped (--no-verify)');
  else if (r.verification.exposed === 0) lines.push('  re-scan: clean, no exposed PI of the hidden types in the output');
  else
    lines.push(
      `  re-scan: ${r.verification.exposed} exposed values of hidden types remain (${Object.entries(r.verification.byEntity)
        .map(([e, n]) => `${e} ${n}`)
        .join(', ')})`,
    );
  for (const t of r.tables ?? []) {
    lines.push(`  table ${t.source} → ${t.target}: ${t.rows} rows${t.rejected ? `, ${t.rejected} refused` : ''}`);
    for (const c of t.columns) {
      const retyped = c.sourceType.toLowerCase() !== c.targetType.toLowerCase();
      const types = retyped ? `${c.sourceType} → ${c.targetType}` : c.targetType;
      const what = Object.entries(c.entities)
        .map(([e, n]) => `${e} ${n}`)
        .join(', ');
      if (c.changed > 0 || retyped)
        lines.push(`    ${c.name} (${types}): ${c.changed} changed${what ? ` (${what})` : ''}${c.nulled ? `, ${c.nulled} NULL` : ''}`);
    }
  }
  for (const w of r.warnings) lines.push(`  warning: ${w}`);
  return `${lines.join('\n')}\n`;
}

/** `piguard redact <in> --out <out>`: writes a de-identified copy and reports what changed; 1 when the re-scan finds PI left. */
export async function redactCommand(input: string, flags: RedactFlagValues, io: CliIo): Promise<number> {
  try {
    const database = isDatabaseUrl(input);
    if (database && flags.to === undefined) throw new PiguardError('E_CONFIG_INVALID', 'redacting a database needs --to <database>');
    if (!database && flags.out === undefined) throw new PiguardError('E_CONFIG_INVALID', 'redact needs --out <file>');
    if (!database && resolve(flags.out as string) === resolve(input))
      throw new PiguardError('E_CONFIG_INVALID', '--out must not be the input file');
    const minScore = flags.minScore === undefined ? undefined : Number(flags.minScore);
    if (minScore !== undefined && !(minScore >= 0 && minScore <= 1))
      throw new PiguardError('E_CONFIG_INVALID', '--min-score must be a number from 0 to 1');
    const keys = await loadOperatorKeys(io.env, flags.national ? nationalAlgorithms() : {});
    const { policy, note } = await resolvePolicy(flags, keys);
    if (note) io.stderr.write(`piguard: ${note}\n`);
    const types = flags.types
      ?.split(',')
      .map((t) => t.trim())
      .filter((t) => t.length > 0);
    const options = {
      policy,
      ...(keys ? { keys } : {}),
      analyzer: { ...(types ? { types } : {}), ...(minScore !== undefined ? { minScore } : {}) },
      verify: flags.verify,
    };
    const report = database
      ? await redactDatabase(input, flags.to as string, { ...options, ...(flags.overwrite ? { overwrite: true } : {}) })
      : await redactFile(input, flags.out as string, options);
    io.stdout.write(flags.report === 'json' ? `${JSON.stringify(report, null, 2)}\n` : reportTable(report));
    return report.verification.exposed > 0 ? EXIT.findings : EXIT.clean;
  } catch (error) {
    return inputErrorExit(error, input, io);
  }
}

/** Adds `piguard redact` to the program. */
export function registerRedactCommand(program: Command, io: CliIo, done: (result: Promise<number>) => void): void {
  const cmd = program
    .command('redact')
    .description(
      'write a de-identified copy of a text, csv/tsv, json, jsonl, html, xlsx, docx or pptx file, or of a database (mask, pseudonymize, tokenize…)',
    )
    .argument('<in>', 'the file, or database URL (sqlite:, postgres://, mysql://; ?table= picks tables), to redact');
  for (const option of commanderOptions(redactFlags)) cmd.addOption(option);
  cmd.action((input: string, flags: RedactFlagValues) => done(redactCommand(input, flags, io)));
}
