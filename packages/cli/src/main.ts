import { createRequire } from 'node:module';
import { Command, CommanderError } from 'commander';
import { type CliIo, processIo } from './cli-io.js';
import { scanCommand } from './commands/scan.js';
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
    .argument('<target...>', 'files, folders, or - for standard input');
  for (const option of commanderOptions(scanFlags)) scan.addOption(option);
  scan.action((targets: string[], flags: ScanFlagValues) => {
    result = scanCommand(targets, flags, io, version);
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
