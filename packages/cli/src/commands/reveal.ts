import { resolve } from 'node:path';
import { PiguardError } from '@piguard/core';
import { loadOperatorKeys, nationalAlgorithms, revealFile } from '@piguard/scan';
import type { Command } from 'commander';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { inputErrorExit } from '../input-error-exit.js';

/** `piguard reveal <in> --out <out>`: decrypts tokenized values with the key, and nothing else. */
export async function revealCommand(input: string, flags: { out?: string; national?: boolean }, io: CliIo): Promise<number> {
  try {
    if (flags.out === undefined) throw new PiguardError('E_CONFIG_INVALID', 'reveal needs --out <file>');
    if (resolve(flags.out) === resolve(input)) throw new PiguardError('E_CONFIG_INVALID', '--out must not be the input file');
    const keys = await loadOperatorKeys(io.env, flags.national ? nationalAlgorithms() : {});
    if (!keys)
      throw new PiguardError('E_KEY_MISSING', 'reveal needs the key the data was tokenized with: set PIGUARD_KEY_FILE or PIGUARD_KEY');
    const r = await revealFile(input, flags.out, keys);
    io.stdout.write(
      `piguard reveal: ${r.revealed} tokens revealed into ${r.output}${r.failed ? `, ${r.failed} annotations could not be decrypted` : ''}\n`,
    );
    return EXIT.clean;
  } catch (error) {
    return inputErrorExit(error, input, io);
  }
}

/** Adds `piguard reveal` to the program. */
export function registerRevealCommand(program: Command, io: CliIo, done: (result: Promise<number>) => void): void {
  program
    .command('reveal')
    .description('decrypt the tokens of a redacted file (tokenize only: masks, hashes and pseudonyms are one-way)')
    .argument('<in>', 'a file written by piguard redact with tokenize')
    .requiredOption('-o, --out <file>', 'where to write the revealed copy')
    .option('--national', 'the tokens were written with --national (FF1 over SM4)')
    .action((input: string, flags: { out?: string; national?: boolean }) => done(revealCommand(input, flags, io)));
}
