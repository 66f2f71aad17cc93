import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
// Resolved here, not from the child's working directory (a temporary folder has no node_modules).
const TSX = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
// tsx reads the tsconfig of the working directory; the root one maps @piguard/* to the sources.
const TSCONFIG = fileURLToPath(new URL('../../../tsconfig.json', import.meta.url));

/** What a CLI run in a child process printed and returned. */
export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `piguard args…` from the sources in a child process, in `cwd`, with a fixed test secret. */
export function runCli(args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = {
      ...process.env,
      PIGUARD_SECRET: 'test-secret-of-the-cli-suite-0001',
      TSX_TSCONFIG_PATH: TSCONFIG,
      ...env,
    };
    delete childEnv.CI;
    const child = spawn(process.execPath, ['--import', TSX, ENTRY, ...args], { cwd, env: childEnv });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end();
  });
}
