import { createRequire } from 'node:module';
import type { PrivatePolicy } from './address-guard.js';
import type { ReadOptions } from '../read-input.js';
import type { FetchedResponse } from './safe-fetch.js';
import type { PageCharset } from './sniff-charset.js';

/** One thing the crawler fetched or made, handed to the evidence store before it is analysed. */
export interface WebCapture {
  kind: 'page' | 'attachment' | 'screenshot' | 'rendered-page';
  source: string;
  response: FetchedResponse;
  charset?: PageCharset;
  contentType?: string;
}

/** Where captures go (the evidence store); awaited, so a capture is stored before its findings exist. */
export type CaptureSink = (capture: WebCapture) => void | Promise<void>;

/** Options of a web target (`piguard scan https://…`). */
export interface WebSourceOptions extends ReadOptions {
  /** Follow links (default false: the one page and its attachments). */
  crawl?: boolean;
  /** Link depth from the start page when crawling (default 2). */
  depth?: number;
  /** Pages and attachments fetched at most (default 100). */
  maxPages?: number;
  /** Politeness: ms between two requests to one host (default 1000; robots.txt Crawl-delay can raise it). */
  delayMs?: number;
  /** URL globs (`*` any run of characters); a URL must match one include (when given) and no exclude. */
  include?: readonly string[];
  exclude?: readonly string[];
  /** Hosts besides the start URL's (and its www. twin) the crawler may fetch from. */
  allowedHosts?: readonly string[];
  /** Reach loopback, private and link-local addresses: all (true), none (default) or only those listed. */
  allowPrivate?: PrivatePolicy;
  /** Honour robots.txt (default true). */
  robots?: boolean;
  /** Fetch linked attachments (xls, xlsx, doc, docx, pdf, csv, zip) (default true). */
  attachments?: boolean;
  timeoutMs?: number;
  /** Bytes kept of one page (default 10 MiB) and of one attachment (default 50 MiB). */
  maxPageBytes?: number;
  maxAttachmentBytes?: number;
  retries?: number;
  backoffMs?: number;
  userAgent?: string;
  /** Render pages in headless Chromium (scripts run) and take a full-page screenshot. */
  render?: boolean;
  /** Chromium executable for `render` (default /usr/bin/chromium or PIGUARD_CHROMIUM). */
  chromiumPath?: string;
  capture?: CaptureSink;
}

const { version } = createRequire(import.meta.url)('../../../package.json') as { version: string };

/** The User-Agent sent when none is set: names the tool and where to reach its maintainers. */
export const DEFAULT_USER_AGENT = `piguard/${version} (+https://github.com/piguard/piguard; personal-information exposure scanner)`;
