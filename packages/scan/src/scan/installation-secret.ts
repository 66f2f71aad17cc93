import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { scanError } from '../errors.js';

/** Where the secret lives: `$XDG_CONFIG_HOME/piguard/secret`, else `~/.config/piguard/secret`. */
export function secretPath(env: NodeJS.ProcessEnv = process.env): string {
  const base = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.length > 0 ? env.XDG_CONFIG_HOME : join(homedir(), '.config');
  return join(base, 'piguard', 'secret');
}

/** The bytes of a secret given as text: 64 hex digits are 32 bytes, anything else is taken as UTF-8. */
export function secretBytes(secret: string): Uint8Array {
  const s = secret.trim();
  if (/^[0-9a-f]{64}$/i.test(s)) return Buffer.from(s, 'hex');
  if (s.length < 16) throw scanError('E_KEY_MISSING', 'the fingerprint secret must have at least 16 characters');
  return Buffer.from(s, 'utf8');
}

/**
 * The per-installation key of the fingerprints (HMAC-SHA-256): `PIGUARD_SECRET`, else a random 32-byte key
 * created on first use with mode 0600, so that fingerprints link people across scans of one installation
 * and mean nothing elsewhere.
 */
export async function loadInstallationSecret(env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  const fromEnv = env.PIGUARD_SECRET;
  if (fromEnv !== undefined && fromEnv.length > 0) return secretBytes(fromEnv);
  const path = secretPath(env);
  try {
    return secretBytes(await readFile(path, 'utf8'));
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw scanError('E_KEY_MISSING', `cannot read the secret at ${path}`, error);
  }
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  const fresh = randomBytes(32).toString('hex');
  try {
    await writeFile(path, `${fresh}\n`, { mode: 0o600, flag: 'wx' });
    return Buffer.from(fresh, 'hex');
  } catch (error) {
    // Another process created it first: use theirs.
    if ((error as { code?: string }).code === 'EEXIST') return secretBytes(await readFile(path, 'utf8'));
    throw scanError('E_KEY_MISSING', `cannot create the secret at ${path}`, error);
  }
}
