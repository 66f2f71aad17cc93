import { chunkText, DEFAULT_CHUNK_CHARS } from '../../formats/text-chunker.js';
import type { Fragment } from '../../fragment.js';
import type { ScanIssue } from '../../scan-issue.js';
import { HEAD_BYTES } from '../file-input.js';
import { readInput } from '../read-input.js';
import type { Source, SourceSink } from '../source.js';
import { extractPage } from './extract-page.js';
import { fetchRobots, type RobotsRules } from './robots.js';
import { FetchError, type FetchedResponse, type FetchLimits, safeFetch } from './safe-fetch.js';
import { decodePage, sniffCharset } from './sniff-charset.js';
import { hostFilter, urlFilter } from './url-filter.js';
import { DEFAULT_USER_AGENT, type WebSourceOptions } from './web-options.js';

/** Extensions of linked files read as attachments with the scan's format readers. */
const ATTACHMENT = /\.(xls|xlsx|doc|docx|pdf|csv|zip|txt|json)$/i;

interface Queued {
  url: string;
  depth: number;
  attachment: boolean;
}

/** Is this target a web URL (`http://` or `https://`)? */
export function isWebUrl(target: string): boolean {
  return /^https?:\/\//i.test(target);
}

function isHtml(res: FetchedResponse): boolean {
  const type = (res.headers['content-type'] ?? '').toLowerCase();
  if (type.includes('html')) return true;
  if (type !== '' && !type.startsWith('text/plain')) return false;
  return /^\s*(<!doctype html|<html|<head|<body|<meta)/i.test(res.body.subarray(0, 512).toString('latin1'));
}

function fileName(res: FetchedResponse): string {
  const disposition = /filename\*?=(?:UTF-8'')?"?([^";]+)/i.exec(res.headers['content-disposition'] ?? '')?.[1];
  if (disposition) {
    try {
      return decodeURIComponent(disposition);
    } catch {
      return disposition;
    }
  }
  const last = new URL(res.finalUrl).pathname.split('/').pop() ?? '';
  return last === '' ? 'index' : decodeURIComponent(last);
}

function fetchIssue(source: string, error: unknown): ScanIssue {
  if (error instanceof FetchError) {
    const code = error.code === 'E_BLOCKED_ADDRESS' ? 'E_PERMISSION' : error.code;
    return { source, code, message: error.message, severity: 'error' };
  }
  return { source, code: 'E_CONNECTION', message: error instanceof Error ? error.message : String(error), severity: 'error' };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * A web site as a source: one page (and its attachments), or a breadth-first crawl within the start
 * URL's host, honouring robots.txt, a politeness delay per host, include/exclude globs, depth and page
 * limits. Pages are decoded by header → meta → detection and reduced to their visible main text;
 * attachments go through the scan's format readers. Every response is handed to `capture` (evidence)
 * before it is read. Fetch failures become issues; the crawl goes on.
 */
export function webSource(start: string, options: WebSourceOptions = {}): Source {
  return {
    id: start,
    async *fragments(sink: SourceSink, signal?: AbortSignal): AsyncIterable<Fragment> {
      const userAgent = options.userAgent ?? DEFAULT_USER_AGENT;
      const allowedHost = hostFilter([start], options.allowedHosts);
      const allowedUrl = urlFilter(options.include, options.exclude);
      const base: FetchLimits = {
        userAgent,
        timeoutMs: options.timeoutMs ?? 15_000,
        maxBytes: options.maxPageBytes ?? 10 * 1024 * 1024,
        allowPrivate: options.allowPrivate ?? false,
        retries: options.retries ?? 2,
        backoffMs: options.backoffMs ?? 500,
        maxRedirects: 5,
        allowUrl: allowedHost,
      };
      const maxDepth = options.crawl ? (options.depth ?? 2) : 0;
      const maxPages = options.maxPages ?? 100;
      const delayMs = options.delayMs ?? 1000;
      const robots = new Map<string, RobotsRules>();
      const lastRequest = new Map<string, number>();
      const queue: Queued[] = [{ url: start, depth: 0, attachment: ATTACHMENT.test(new URL(start).pathname) }];
      const seen = new Set<string>([start]);
      let fetched = 0;
      const renderer = options.render ? await import('./render-page.js') : undefined;
      const browser = renderer ? await renderer.openRenderer(options.chromiumPath, base, allowedHost) : undefined;

      try {
        while (queue.length > 0 && fetched < maxPages) {
          if (signal?.aborted) return;
          const item = queue.shift() as Queued;
          const url = new URL(item.url);
          if (options.robots !== false) {
            let rules = robots.get(url.origin);
            if (!rules) {
              rules = await fetchRobots(url.origin, base, signal);
              robots.set(url.origin, rules);
              if (rules.note) sink.issue({ source: url.origin, code: 'E_PERMISSION', message: rules.note, severity: 'error' });
            }
            if (!rules.isAllowed(url.href)) {
              sink.issue({ source: url.href, code: 'E_PERMISSION', message: 'disallowed by robots.txt; not fetched', severity: 'note' });
              continue;
            }
          }
          const wait = Math.max(delayMs, robots.get(url.origin)?.crawlDelayMs ?? 0) - (Date.now() - (lastRequest.get(url.host) ?? 0));
          if (wait > 0 && lastRequest.has(url.host)) await sleep(wait);
          lastRequest.set(url.host, Date.now());
          fetched++;
          sink.opened?.(url.href);
          let res: FetchedResponse;
          try {
            const limits = item.attachment ? { ...base, maxBytes: options.maxAttachmentBytes ?? 50 * 1024 * 1024 } : base;
            res = await safeFetch(url.href, limits, signal);
          } catch (error) {
            sink.issue(fetchIssue(url.href, error));
            continue;
          }
          sink.bytes?.(res.body.length);
          const html = isHtml(res);
          const charset = html ? sniffCharset(res.body, res.headers['content-type']) : undefined;
          await options.capture?.({
            kind: item.attachment || !html ? 'attachment' : 'page',
            source: url.href,
            response: res,
            ...(charset ? { charset } : {}),
            ...(res.headers['content-type'] ? { contentType: res.headers['content-type'] } : {}),
          });
          if (res.truncated)
            sink.issue({ source: url.href, code: 'E_TOO_LARGE', message: `response cut at ${res.body.length} bytes`, severity: 'note' });
          if (res.status >= 400) {
            const code = res.status === 404 || res.status === 410 ? 'E_NOT_FOUND' : 'E_SOURCE_UNREADABLE';
            sink.issue({ source: url.href, code, message: `HTTP ${res.status}`, severity: 'error' });
            continue;
          }
          if (!html || !charset) {
            yield* readInput(
              {
                source: url.href,
                name: fileName(res),
                size: res.body.length,
                head: res.body.subarray(0, HEAD_BYTES),
                depth: 0,
                ...(/charset=/i.test(res.headers['content-type'] ?? '')
                  ? { declaredCharset: /charset="?([\w.:-]+)/i.exec(res.headers['content-type'] ?? '')?.[1] ?? '' }
                  : {}),
                async *open() {
                  yield res.body;
                },
              },
              sink,
              { ...options, ...(signal ? { signal } : {}) },
            );
            continue;
          }
          let markup = decodePage(res.body, charset);
          if (browser) {
            const rendered = await browser.render(res.finalUrl, sink);
            if (rendered) {
              markup = rendered.html;
              await options.capture?.({
                kind: 'rendered-page',
                source: url.href,
                response: { ...res, body: Buffer.from(rendered.html, 'utf8') },
                contentType: 'text/html; charset=utf-8',
              });
              await options.capture?.({
                kind: 'screenshot',
                source: url.href,
                response: { ...res, body: rendered.screenshot },
                contentType: 'image/png',
              });
            }
          }
          const page = extractPage(markup, res.finalUrl);
          for (const link of page.links) {
            const target = new URL(link);
            const attachment = ATTACHMENT.test(target.pathname);
            const depth = item.depth + 1;
            if (seen.has(link) || !allowedHost(target) || !allowedUrl(link)) continue;
            if (!(attachment && options.attachments !== false) && depth > maxDepth) continue;
            seen.add(link);
            // Attachments of a page come before the next level of pages: they belong to this page.
            if (attachment) queue.unshift({ url: link, depth, attachment });
            else queue.push({ url: link, depth, attachment });
          }
          const text = page.title !== '' && !page.text.startsWith(page.title) ? `${page.title}\n\n${page.text}` : page.text;
          yield* chunkText(
            (async function* () {
              yield text;
            })(),
            { source: url.href, chunkChars: options.chunkChars ?? DEFAULT_CHUNK_CHARS },
          );
        }
        if (queue.length > 0)
          sink.issue({
            source: start,
            code: 'E_ARCHIVE_LIMIT',
            message: `page limit ${maxPages} reached; ${queue.length} URLs not fetched`,
            severity: 'note',
          });
      } finally {
        await browser?.close();
      }
    },
  };
}
