import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { type CliIo, processIo } from './cli-io.js';
import { evidenceExportCommand } from './commands/evidence.js';
import { initCommand } from './commands/init.js';
import { recheckCommand } from './commands/recheck.js';
import { registerRedactCommand } from './commands/redact.js';
import { registerRevealCommand } from './commands/reveal.js';
import { registerRiskCommand } from './commands/risk.js';
import { scanCommand } from './commands/scan.js';
import { serveCommand } from './commands/serve.js';
import { verifyCommand } from './commands/verify.js';
import { type WebScanFlagValues, webScanFlags } from './commands/web-evidence-flags.js';
import { EXIT } from './exit-codes.js';
import { commanderOptions, type ScanFlagValues, scanFlags } from './flags.js';

// src/ and dist/ both sit one level below the package root.
const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

/** Runs the piguard command with `argv` (without node and script); resolves to the exit code. */
export async function run(argv: string[], io: CliIo = processIo()): Promise<number> {
  let result: Promise<number> | undefined;
  const program = new Command('piguard')
    .description('Find, classify and protect personal information (PIPL, GB/T 35273, GB/T 45574).')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => void io.stdout.write(s), writeErr: (s) => void io.stderr.write(s) })
    .showHelpAfterError("(run 'piguard --help' for usage)");

  const scan = program
    .command('scan')
    .description('scan files, folders or standard input (-) for personal information')
    .argument('<target...>', 'files, folders, http(s):// pages (see --crawl), database URLs, or - for standard input');
  for (const option of commanderOptions(scanFlags)) scan.addOption(option);
  for (const option of commanderOptions(webScanFlags)) scan.addOption(option);
  scan.action((targets: string[], flags: ScanFlagValues & WebScanFlagValues) => {
    result = scanCommand(targets, flags, io, version);
  });

  program
    .command('init')
    .description('write a commented config file (.piguardrc) to start from')
    .option('-o, --output <file>', 'where to write it', '.piguardrc')
    .option('--force', 'overwrite an existing file')
    .action((flags: { force?: boolean; output?: string }) => {
      result = initCommand(flags, io);
    });
  program
    .command('verify')
    .description('check an evidence directory: hash chain unbroken and every capture intact')
    .argument('<dir>', 'evidence directory')
    .option('--json', 'print the verdict as JSON')
    .action((dir: string, flags: { json?: boolean }) => {
      result = verifyCommand(dir, flags, io);
    });
  program
    .command('evidence')
    .description('work with evidence directories')
    .command('export')
    .description('pack an evidence directory: captures, manifest with hashes, findings and an HTML report')
    .argument('<dir>', 'evidence directory')
    .requiredOption('--out <zip>', 'the pack to write')
    .action((dir: string, flags: { out: string }) => {
      result = evidenceExportCommand(dir, flags, io);
    });
  const recheck = program
    .command('recheck')
    .description('fetch the sources of an evidence directory again and report: gone, reduced or still there')
    .argument('<dir>', 'evidence directory')
    .option('--json', 'print the results as JSON')
    .option(
      '--db-url <url>',
      'a database URL with its credentials, for tables the evidence names by their masked URL (repeatable)',
      (v: string, prev: string[] | undefined) => [...(prev ?? []), v],
    );
  for (const option of commanderOptions(webScanFlags)) recheck.addOption(option);
  recheck.action((dir: string, flags: WebScanFlagValues & { json?: boolean; dbUrl?: string[] }) => {
    result = recheckCommand(dir, flags, io, version);
  });

  const done = (r: Promise<number>) => {
    result = r;
  };
  registerRedactCommand(program, io, done);
  registerRevealCommand(program, io, done);
  registerRiskCommand(program, io, done);

  program
    .command('serve')
    .description('start the investigator workbench (web UI and API) on 127.0.0.1:7117')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', '7117')
    .option('--host <address>', 'address to listen on', '127.0.0.1')
    .action((flags: { port?: string; host?: string }) => {
      result = serveCommand(flags, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help'
        ? EXIT.clean
        : EXIT.usage;
    }
    throw error;
  }
  if (!result) {
    program.outputHelp({ error: true });
    return argv.length === 0 ? EXIT.usage : EXIT.clean;
  }
  return result;
}
