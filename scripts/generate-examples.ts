// Writes the synthetic sample folder examples/ (see example-files.ts).
// Run: node --import tsx scripts/generate-examples.ts
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { exampleFiles } from './example-files.js';

const dir = fileURLToPath(new URL('../examples/', import.meta.url));
mkdirSync(dir, { recursive: true });
for (const [name, bytes] of exampleFiles()) writeFileSync(`${dir}${name}`, bytes);
process.stdout.write(`wrote ${exampleFiles().size} files to examples/\n`);
