import { exportEvidence } from '@piguard/scan';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';

/** `piguard evidence export DIR --out pack.zip`: packs the evidence; 1 when the directory does not verify. */
export async function evidenceExportCommand(dir: string, flags: { out: string }, io: CliIo): Promise<number> {
  const result = await exportEvidence(dir, flags.out);
  io.stdout.write(`${result.out}: ${result.files.length} files, report.html and manifest.json inside\n`);
  if (!result.verdict.ok) {
    io.stderr.write(`warning: the evidence does not verify: ${result.verdict.problems[0]?.message}\n`);
    return EXIT.findings;
  }
  return EXIT.clean;
}
