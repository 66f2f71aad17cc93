import { verifyEvidence } from '@piguard/scan';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';

/** `piguard verify DIR`: 0 when the chain and every capture are intact, 1 naming the first problem otherwise. */
export async function verifyCommand(dir: string, flags: { json?: boolean }, io: CliIo): Promise<number> {
  const verdict = await verifyEvidence(dir);
  if (flags.json) io.stdout.write(`${JSON.stringify(verdict, null, 2)}\n`);
  else if (verdict.ok)
    io.stdout.write(
      `OK: ${verdict.entries} entries, hash chain unbroken; ${verdict.captures} captures intact; last hash ${verdict.lastHash ?? '-'}\n`,
    );
  else {
    io.stdout.write(`BROKEN: ${verdict.problems[0]?.message}\n`);
    for (const p of verdict.problems.slice(1)) io.stdout.write(`  also: ${p.message}\n`);
  }
  return verdict.ok ? EXIT.clean : EXIT.findings;
}
