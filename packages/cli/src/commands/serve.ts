import { DEFAULT_PORT, startWorkbench } from '@piguard/workbench';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';

/** Flags of `piguard serve`. */
export interface ServeFlags {
  port?: string;
  host?: string;
}

/**
 * Runs the workbench until SIGINT or SIGTERM. The first run's one-time admin password goes to this terminal
 * only (never to a log or the store); resolves to the exit code.
 */
export async function serveCommand(flags: ServeFlags, io: CliIo, signals: NodeJS.EventEmitter = process): Promise<number> {
  const port = flags.port === undefined ? DEFAULT_PORT : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr.write(`piguard serve: --port must be a number from 0 to 65535, not ${JSON.stringify(flags.port)}\n`);
    return EXIT.usage;
  }
  let running: Awaited<ReturnType<typeof startWorkbench>>;
  try {
    running = await startWorkbench({ port, ...(flags.host ? { host: flags.host } : {}), env: io.env });
  } catch (error) {
    io.stderr.write(`piguard serve: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.usage;
  }
  io.stdout.write(`piguard workbench: ${running.url}\n`);
  io.stdout.write(`store: ${io.env.PIGUARD_DATABASE_URL ? 'PostgreSQL (PIGUARD_DATABASE_URL)' : `${running.dataDir}/workbench.db`}\n`);
  if (running.firstRun) {
    io.stdout.write(
      `\nFirst run: created user "${running.firstRun.username}" with the one-time password\n\n    ${running.firstRun.password}\n\n` +
        'It is shown only now. Log in: the workbench asks for a new password before anything else.\n\n',
    );
  }
  await new Promise<void>((resolve) => {
    signals.once('SIGINT', () => resolve());
    signals.once('SIGTERM', () => resolve());
  });
  await running.close();
  return EXIT.clean;
}
