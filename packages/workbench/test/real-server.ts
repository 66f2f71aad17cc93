import { it } from 'vitest';

/**
 * Decides whether a suite that needs a real server runs. Unreachable: a local run prints a loud SKIPPED
 * line naming the suite and skips it; with `CI=true` the suite fails instead (a test that says why).
 */
export async function requireServer(suite: string, probe: () => Promise<void>): Promise<boolean> {
  try {
    await probe();
    return true;
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    if (process.env.CI === 'true') {
      it(`${suite}: server reachable`, () => {
        throw new Error(`${suite} needs its server and CI=true: ${why}`);
      });
    } else {
      console.warn(`\n*** SKIPPED ${suite}: server unreachable (${why}) ***\n`);
    }
    return false;
  }
}

/** A name no other test run uses, for schemas and databases created by a test. */
export function uniqueName(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6).toString(36)}`;
}
