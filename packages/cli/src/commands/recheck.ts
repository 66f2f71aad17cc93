import { recheckEvidence } from '@piguard/scan';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { type WebScanFlagValues, webOptionsFromFlags } from './web-evidence-flags.js';

const LABEL = { gone: 'GONE', reduced: 'REDUCED', 'still-there': 'STILL THERE', unreachable: 'UNREACHABLE' } as const;

/** `piguard recheck DIR`: fetches the sources again, stores new evidence, prints gone / reduced / still there. */
export async function recheckCommand(
  dir: string,
  flags: WebScanFlagValues & { json?: boolean; dbUrl?: string[] },
  io: CliIo,
  version: string,
): Promise<number> {
  const results = await recheckEvidence(
    dir,
    { web: webOptionsFromFlags(flags, version) },
    flags.operator ? { operator: flags.operator } : {},
    { databaseUrls: flags.dbUrl ?? [] },
  );
  if (flags.json) io.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else
    for (const r of results)
      io.stdout.write(
        `${LABEL[r.status].padEnd(12)} ${r.source}  findings ${r.before.findings} → ${r.now.findings}, exposed ${r.before.exposed} → ${r.now.exposed}${r.reason ? ` (${r.reason})` : ''}\n`,
      );
  // Like scan's exit code: 1 while an exposure is still there, 3 when a source could not be checked.
  if (results.some((r) => r.status === 'still-there' || r.now.exposed > 0)) return EXIT.findings;
  if (results.some((r) => r.status === 'unreachable')) return EXIT.unreadable;
  return EXIT.clean;
}
