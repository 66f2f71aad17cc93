import { readFile } from 'node:fs/promises';
import { createOperatorKeys, type OperatorAlgorithms, type OperatorKeys } from '@piguard/core';
import { scanError } from '../errors.js';
import { secretBytes } from '../scan/installation-secret.js';

/**
 * The de-identification key: the file named by `PIGUARD_KEY_FILE`, else `PIGUARD_KEY` (64 hex digits, or at least 16
 * characters). Never a command-line flag, which would land in shell history and process lists; never printed.
 * Undefined when neither is set: the caller decides whether the run needs one.
 */
export async function loadOperatorKeys(
  env: NodeJS.ProcessEnv = process.env,
  algorithms: OperatorAlgorithms = {},
): Promise<OperatorKeys | undefined> {
  const file = env.PIGUARD_KEY_FILE;
  if (file !== undefined && file.length > 0) {
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      // The path is the user's own setting, not a secret; the key itself never appears in a message.
      throw scanError('E_KEY_MISSING', `cannot read the key file named by PIGUARD_KEY_FILE (${file})`, error);
    }
    return createOperatorKeys(keyBytes(text, 'the key file'), algorithms);
  }
  const inline = env.PIGUARD_KEY;
  if (inline !== undefined && inline.length > 0) return createOperatorKeys(keyBytes(inline, 'PIGUARD_KEY'), algorithms);
  return undefined;
}

function keyBytes(text: string, where: string): Uint8Array {
  try {
    return secretBytes(text);
  } catch {
    throw scanError('E_KEY_MISSING', `${where} must hold 64 hex digits or at least 16 characters`);
  }
}
