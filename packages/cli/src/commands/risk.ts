import { type OperatorKeys, PiguardError, type Policy, type RiskMeasure } from '@piguard/core';
import { loadOperatorKeys, measureTableRisk, type TableRisk } from '@piguard/scan';
import { type Command, Option } from 'commander';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { resolvePolicy } from './redact.js';
import { inputErrorExit } from '../input-error-exit.js';

/** The parsed values of `piguard risk`'s flags. */
export interface RiskFlagValues {
  quasi?: string;
  sensitive?: string;
  k?: string;
  policy?: string;
  operator?: string;
  format: 'table' | 'json';
}

function measureLines(label: string, m: RiskMeasure): string[] {
  return [
    `  ${label}: k = ${m.k}${m.l !== undefined ? `, l = ${m.l} (${m.sensitive})` : ''}, ${m.classes} groups, ${m.unique} unique records (${(m.uniqueShare * 100).toFixed(1)}%), ${m.belowThreshold} records in groups below k = ${m.threshold}`,
  ];
}

function table(r: TableRisk): string {
  const lines = [
    `piguard risk: ${r.table} (${r.before.records} records)`,
    `  quasi-identifiers: ${r.quasi.join(', ')}${r.suggested ? ' (suggested from the detected types; name them with --quasi)' : ''}`,
  ];
  lines.push(...measureLines('before', r.before));
  if (r.after) lines.push(...measureLines('after the policy', r.after));
  const final = r.after ?? r.before;
  lines.push(
    final.k >= final.threshold
      ? `  every record shares its quasi-identifiers with at least ${final.threshold - 1} others (k ≥ ${final.threshold})`
      : `  k < ${final.threshold}: records can be singled out; this is at most de-identified, not anonymous`,
  );
  return `${lines.join('\n')}\n`;
}

/** `piguard risk <table>`: k-anonymity, l-diversity and unique records, before and after a policy. */
export async function riskCommand(target: string, flags: RiskFlagValues, io: CliIo): Promise<number> {
  try {
    const threshold = flags.k === undefined ? undefined : Number(flags.k);
    if (threshold !== undefined && !(Number.isInteger(threshold) && threshold >= 2))
      throw new PiguardError('E_CONFIG_INVALID', '--k must be an integer of at least 2');
    const quasi = flags.quasi
      ?.split(',')
      .map((q) => q.trim())
      .filter((q) => q.length > 0);
    let after: { policy: Policy; keys?: OperatorKeys } | undefined;
    if (flags.policy !== undefined || flags.operator !== undefined) {
      const keys = await loadOperatorKeys(io.env);
      const { policy, note } = await resolvePolicy(flags, keys);
      if (note) io.stderr.write(`piguard: ${note}\n`);
      after = { policy, ...(keys ? { keys } : {}) };
    }
    const r = await measureTableRisk(target, {
      ...(quasi ? { quasi } : {}),
      ...(flags.sensitive !== undefined ? { sensitive: flags.sensitive } : {}),
      ...(threshold !== undefined ? { threshold } : {}),
      ...(after ? { after } : {}),
    });
    if (flags.format === 'json') {
      const { before, ...rest } = r;
      io.stdout.write(`${JSON.stringify({ ...rest, ...before, before, k: before.k }, null, 2)}\n`);
    } else io.stdout.write(table(r));
    return EXIT.clean;
  } catch (error) {
    return inputErrorExit(error, target, io);
  }
}

/** Adds `piguard risk` to the program. */
export function registerRiskCommand(program: Command, io: CliIo, done: (result: Promise<number>) => void): void {
  program
    .command('risk')
    .description('re-identification risk of a table (csv, tsv, jsonl, or a database table): k-anonymity, l-diversity, unique records')
    .argument('<table>', 'a csv, tsv or jsonl file with a header or keys, or a database table (postgres://…/db?table=people)')
    .option('-q, --quasi <columns>', 'quasi-identifier columns, comma-separated (default: suggested from detected types)')
    .option('-s, --sensitive <column>', 'the sensitive column for l-diversity')
    .option('-k, --k <n>', 'the k a release aims for (default 5)')
    .option('--policy <file>', "also measure the table after this policy ('default' for the default policy)")
    .option('--operator <name>', 'also measure the table after one operator on every finding')
    .addOption(
      new Option('--format <format>', 'output format (json carries the figure under k)').choices(['table', 'json']).default('table'),
    )
    .action((target: string, flags: RiskFlagValues) => done(riskCommand(target, flags, io)));
}
