import { defaultStatePath, type ScanOptions } from '@piguard/scan';
import type { ScanFlagValues } from '../flags.js';

/**
 * The state option from `--state`, `--resume` and `--incremental`: the two last reuse what the state file
 * holds (files unchanged since they were recorded are not read again; their findings are reported again,
 * so the report is complete); `--state` alone starts a fresh state. No flag, no state file.
 */
export function stateOptionFromFlags(targets: readonly string[], flags: ScanFlagValues, cwd: string, env: NodeJS.ProcessEnv): ScanOptions {
  const reuse = flags.resume === true || flags.incremental === true;
  if (!reuse && flags.state === undefined) return {};
  return { state: { path: flags.state ?? defaultStatePath(targets, cwd, env), reuse } };
}
