import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInstallationSecret, secretBytes, secretPath } from './installation-secret.js';

let home: string;

beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'piguard-secret-'));
});

afterAll(async () => {
  await rm(home, { recursive: true, force: true });
});

describe('installation secret', () => {
  it('takes PIGUARD_SECRET first: 64 hex digits as bytes, other text as UTF-8', async () => {
    const hex = 'ab'.repeat(32);
    expect(Buffer.from(await loadInstallationSecret({ PIGUARD_SECRET: hex, XDG_CONFIG_HOME: home })).toString('hex')).toBe(hex);
    expect(Buffer.from(await loadInstallationSecret({ PIGUARD_SECRET: 'a passphrase of some length' })).toString()).toBe(
      'a passphrase of some length',
    );
    expect(() => secretBytes('short')).toThrow(/16 characters/);
  });

  it('creates a random 32-byte key with mode 0600 on first use, then reuses it', async () => {
    const env = { XDG_CONFIG_HOME: home };
    const path = secretPath(env);
    expect(path).toBe(join(home, 'piguard', 'secret'));
    const first = await loadInstallationSecret(env);
    expect(first.length).toBe(32);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
    expect(Buffer.from(await loadInstallationSecret(env)).equals(Buffer.from(first))).toBe(true);
    expect((await readFile(path, 'utf8')).trim()).toBe(Buffer.from(first).toString('hex'));
  });
});
