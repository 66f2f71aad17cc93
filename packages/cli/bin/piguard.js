#!/usr/bin/env node
// Thin launcher: the compiled CLI lives in dist/ (built by `npm install` through the root `prepare` script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('piguard: the CLI is not built yet; run `npm run build` in the repository root.\n');
  process.exit(2);
}
// A reader that goes away (`piguard scan . | head`) is not an error of the scan.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
const { run } = await import(main);
process.exitCode = await run(process.argv.slice(2));
