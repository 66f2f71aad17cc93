// Runs the CLI from its TypeScript sources (`node --import tsx cli-entry.ts ...`), so that end-to-end
// tests never run a stale dist/.
import { run } from '../src/main.js';

process.exitCode = await run(process.argv.slice(2));
