import { createRequire } from 'node:module';
import type { Robot } from 'robots-parser';
import { FetchError, type FetchLimits, safeFetch } from './safe-fetch.js';

/** What robots.txt says for one origin. */
export interface RobotsRules {
  isAllowed(url: string): boolean;
  /** Crawl-delay in ms, when the file sets one for us. */
  crawlDelayMs?: number;
  /** Why everything is disallowed, when it is (a 5xx robots.txt, RFC 9309 §2.3.1.4). */
  note?: string;
}

// robots-parser is CommonJS whose typings claim an ES default export; require gives the function itself.
const robotsParser = createRequire(import.meta.url)('robots-parser') as (url: string, robotstxt: string) => Robot;

const ALLOW_ALL: RobotsRules = { isAllowed: () => true };

/**
 * Fetches and parses an origin's robots.txt. A missing file (4xx) allows everything; a server error or
 * an unreachable file disallows everything, as RFC 9309 asks, since the site may be overloaded.
 */
export async function fetchRobots(origin: string, limits: FetchLimits, signal?: AbortSignal): Promise<RobotsRules> {
  const url = `${origin}/robots.txt`;
  try {
    const res = await safeFetch(url, { ...limits, maxBytes: 500 * 1024, retries: 1 }, signal);
    if (res.status >= 400 && res.status < 500) return ALLOW_ALL;
    if (res.status >= 500) return { isAllowed: () => false, note: `robots.txt answered ${res.status}: nothing fetched from ${origin}` };
    const robots = robotsParser(url, res.body.toString('utf8'));
    const delay = robots.getCrawlDelay(limits.userAgent);
    return {
      isAllowed: (u) => robots.isAllowed(u, limits.userAgent) !== false,
      ...(delay !== undefined ? { crawlDelayMs: Math.min(delay, 30) * 1000 } : {}),
    };
  } catch (error) {
    // A refused address is reported by the page fetch itself, which the same rule refuses.
    if (error instanceof FetchError && error.code === 'E_BLOCKED_ADDRESS') return ALLOW_ALL;
    return { isAllowed: () => false, note: `robots.txt of ${origin} unreachable (${(error as Error).message}): nothing fetched` };
  }
}
