#!/usr/bin/env -S node --max-semi-space-size=4
// The main thread's young generation is capped at 4 MB a semi-space (V8's default lets it grow several times
// larger): a scan's reader and reporter allocate fast and keep little, and the larger young generation only held
// garbage. Measured with 2 workers (docs/performance.md, scale section): a 40 MB people CSV to JSONL peaked at
// 505 MiB without the cap and 443 MiB with it, at the same CPU time. V8 reads this flag only at start-up, hence
// the shebang; run as `node bin/piguard.js`, pass it yourself (or in NODE_OPTIONS).
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
