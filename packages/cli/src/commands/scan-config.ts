import { configScanOptions, findConfigFile, loadConfig, type ScanOptions } from '@piguard/scan';
import type { ScanFlagValues } from '../flags.js';

/** Scan options from the config file and the flags: a flag given on the command line wins; excludes add up. */
export async function scanOptionsFromConfig(targets: readonly string[], flags: ScanFlagValues, cwd: string): Promise<ScanOptions> {
  const path = flags.config ?? (await findConfigFile(targets, cwd));
  const fromFile = path ? configScanOptions(await loadConfig(path)) : {};
  const exclude = [...(fromFile.exclude ?? []), ...(flags.exclude ?? [])];
  return {
    ...fromFile,
    ...(flags.types ? { types: flags.types } : {}),
    ...(flags.minScore !== undefined ? { minScore: flags.minScore } : {}),
    ...(flags.profile ? { profile: flags.profile } : {}),
    ...(exclude.length > 0 ? { exclude } : {}),
  };
}
