/** Limits on failed logins: so many failures within the window lock the key until the window has passed. */
export interface LoginLimits {
  maxFailures: number;
  windowMs: number;
}

/** Five failures in 15 minutes, per account and per client address. */
export const DEFAULT_LOGIN_LIMITS: LoginLimits = { maxFailures: 5, windowMs: 15 * 60_000 };

/**
 * Counts failed logins per key (an account name, a client address) in memory. A restart forgets them, which
 * is acceptable for one server process; the audit log keeps the failures.
 */
export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly limits: LoginLimits;
  private readonly now: () => number;

  constructor(limits: LoginLimits = DEFAULT_LOGIN_LIMITS, now: () => number = Date.now) {
    this.limits = limits;
    this.now = now;
  }

  /** Milliseconds until any of `keys` may try again, or 0 when none is locked. */
  retryAfterMs(keys: readonly string[]): number {
    let wait = 0;
    for (const key of keys) {
      const times = this.recent(key);
      if (times.length >= this.limits.maxFailures) wait = Math.max(wait, (times[0] ?? 0) + this.limits.windowMs - this.now());
    }
    return wait;
  }

  /** Records one failure for each key. */
  fail(keys: readonly string[]): void {
    for (const key of keys) this.failures.set(key, [...this.recent(key), this.now()]);
    if (this.failures.size > 10_000) this.prune();
  }

  /** Forgets the failures of an account after a good login (the address keeps its count). */
  succeed(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string): number[] {
    const since = this.now() - this.limits.windowMs;
    return (this.failures.get(key) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const key of [...this.failures.keys()]) {
      if (this.recent(key).length === 0) this.failures.delete(key);
    }
  }
}
