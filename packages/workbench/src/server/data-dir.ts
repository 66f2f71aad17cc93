import { homedir } from 'node:os';
import { join } from 'node:path';

/** The data directory: PIGUARD_DATA_DIR, else the platform's per-user data folder + `piguard`. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.PIGUARD_DATA_DIR) return env.PIGUARD_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'piguard');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'piguard');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'piguard');
}
