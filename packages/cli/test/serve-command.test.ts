import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli-io.js';
import { serveCommand } from '../src/commands/serve.js';

function io(env: NodeJS.ProcessEnv): { io: CliIo; out: () => string; err: () => string } {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let o = '';
  let e = '';
  stdout.on('data', (d: Buffer) => (o += d.toString()));
  stderr.on('data', (d: Buffer) => (e += d.toString()));
  return {
    io: { stdout, stderr: stderr as unknown as NodeJS.WriteStream, stdin: (async function* () {})(), env },
    out: () => o,
    err: () => e,
  };
}

describe('piguard serve', () => {
  const dir = mkdtempSync(join(tmpdir(), 'piguard-serve-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the address and, on the first run only, the one-time admin password that logs in; stops on SIGINT', async () => {
    const t = io({ PIGUARD_DATA_DIR: dir, XDG_CONFIG_HOME: dir });
    const signals = new EventEmitter();
    const done = serveCommand({ port: '0' }, t.io, signals);
    await expect.poll(() => t.out(), { timeout: 10_000 }).toContain('one-time password');
    const url = /piguard workbench: (http:\/\/127\.0\.0\.1:\d+)/.exec(t.out())?.[1] ?? '';
    const password = /one-time password\n\n {4}(\S+)/.exec(t.out())?.[1] ?? '';
    expect(t.out()).toContain(join(dir, 'workbench.db'));
    const login = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password }),
    });
    expect(login.status).toBe(200);
    signals.emit('SIGINT');
    expect(await done).toBe(0);

    const second = io({ PIGUARD_DATA_DIR: dir, XDG_CONFIG_HOME: dir });
    const signals2 = new EventEmitter();
    const again = serveCommand({ port: '0' }, second.io, signals2);
    await expect.poll(() => second.out(), { timeout: 10_000 }).toContain('piguard workbench:');
    expect(second.out()).not.toContain('password');
    signals2.emit('SIGTERM');
    expect(await again).toBe(0);
  });

  it('refuses a bad port with exit code 2 and a message', async () => {
    const t = io({ PIGUARD_DATA_DIR: dir, XDG_CONFIG_HOME: dir });
    expect(await serveCommand({ port: 'eighty' }, t.io, new EventEmitter())).toBe(2);
    expect(t.err()).toContain('--port must be a number');
  });
});
