import { PiguardError } from '@piguard/core';
import type { CliIo } from './cli-io.js';
import { EXIT } from './exit-codes.js';
import { usageError } from './messages/usage-error.js';

/**
 * The exit of a file command (redact, reveal, risk) that failed on its input: a piguard error or an unreadable
 * path is a usage error (exit 2) said in one line; anything else is a bug and is thrown on.
 */
export function inputErrorExit(error: unknown, path: string, io: CliIo): number {
  if (error instanceof PiguardError) {
    io.stderr.write(usageError(error.message));
    return EXIT.usage;
  }
  if ((error as { code?: string }).code === 'ENOENT') {
    io.stderr.write(usageError(`cannot read ${path}`));
    return EXIT.usage;
  }
  throw error;
}
