import type { WebSourceOptions } from '@piguard/scan';
import { InvalidArgumentError } from 'commander';

const repeatable = (value: string, previous: unknown): string[] => [...((previous as string[] | undefined) ?? []), value];

function integerIn(min: number, max: number) {
  return (value: string): number => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max)
      throw new InvalidArgumentError(`expected an integer from ${min} to ${max}`);
    return n;
  };
}

/** The flags `piguard scan` takes for web targets and evidence (added beside the scan flags). */
export const webScanFlags = {
  crawl: { flags: '--crawl', description: 'web targets: follow links within the site (default: the one page and its attachments)' },
  depth: { flags: '--depth <n>', description: 'web targets: link depth of --crawl (default 2)', parse: integerIn(0, 50) },
  maxPages: {
    flags: '--max-pages <n>',
    description: 'web targets: pages and attachments fetched at most (default 100)',
    parse: integerIn(1, 1_000_000),
  },
  delay: {
    flags: '--delay <ms>',
    description: 'web targets: politeness delay per host in ms (default 1000)',
    parse: integerIn(0, 600_000),
  },
  include: {
    flags: '--include <glob>',
    description: 'web targets: only URLs matching (repeatable; * is any run of characters)',
    parse: repeatable,
  },
  excludeUrl: { flags: '--exclude-url <glob>', description: 'web targets: leave out URLs matching (repeatable)', parse: repeatable },
  allowPrivate: {
    flags: '--allow-private',
    description: 'web targets: allow loopback, private and link-local addresses (default: refused)',
  },
  timeout: {
    flags: '--timeout <ms>',
    description: 'web targets: per-request time limit in ms (default 15000)',
    parse: integerIn(100, 600_000),
  },
  ignoreRobots: { flags: '--ignore-robots', description: 'web targets: do not honour robots.txt (only with the site owner’s consent)' },
  render: { flags: '--render', description: 'web targets: render pages in headless Chromium and keep a full-page screenshot as evidence' },
  evidence: { flags: '--evidence <dir>', description: 'store every capture and its masked findings in a hash-chained evidence directory' },
  operator: { flags: '--operator <name>', description: 'the person responsible for the evidence (default: the OS user)' },
};

/** Parsed values of the web and evidence flags. */
export interface WebScanFlagValues {
  crawl?: boolean;
  depth?: number;
  maxPages?: number;
  delay?: number;
  include?: string[];
  excludeUrl?: string[];
  allowPrivate?: boolean;
  timeout?: number;
  ignoreRobots?: boolean;
  render?: boolean;
  evidence?: string;
  operator?: string;
}

/** Web source options from the flags, with the CLI's User-Agent. */
export function webOptionsFromFlags(flags: WebScanFlagValues, version: string): WebSourceOptions {
  return {
    userAgent: `piguard/${version} (+https://github.com/piguard/piguard; personal-information exposure scanner)`,
    ...(flags.crawl ? { crawl: true } : {}),
    ...(flags.depth !== undefined ? { depth: flags.depth } : {}),
    ...(flags.maxPages !== undefined ? { maxPages: flags.maxPages } : {}),
    ...(flags.delay !== undefined ? { delayMs: flags.delay } : {}),
    ...(flags.include ? { include: flags.include } : {}),
    ...(flags.excludeUrl ? { exclude: flags.excludeUrl } : {}),
    ...(flags.allowPrivate ? { allowPrivate: true } : {}),
    ...(flags.timeout !== undefined ? { timeoutMs: flags.timeout } : {}),
    ...(flags.ignoreRobots ? { robots: false } : {}),
    ...(flags.render ? { render: true } : {}),
  };
}
