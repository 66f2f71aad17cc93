import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EXAMPLE_CONFIG } from '@piguard/scan';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { usageError } from '../messages/usage-error.js';

/** `piguard init`: writes a commented `.piguardrc` (never over an existing file unless --force). */
export async function initCommand(flags: { force?: boolean; output?: string }, io: CliIo): Promise<number> {
  const path = resolve(flags.output ?? '.piguardrc');
  try {
    await writeFile(path, EXAMPLE_CONFIG, { flag: flags.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    io.stderr.write(
      usageError(code === 'EEXIST' ? `${path} exists (use --force to overwrite it)` : `cannot write ${path}: ${(error as Error).message}`),
    );
    return EXIT.usage;
  }
  io.stdout.write(`wrote ${path}\n`);
  return EXIT.clean;
}
