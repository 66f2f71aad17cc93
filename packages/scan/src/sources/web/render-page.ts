import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { SourceSink } from '../source.js';
import { assertPublicHost } from './address-guard.js';
import { CHROMIUM_FLAGS } from './chromium-flags.js';
import type { FetchLimits } from './safe-fetch.js';

/** The rendered DOM and a full-page screenshot (PNG) of one page. */
export interface RenderedPage {
  html: string;
  screenshot: Buffer;
}

/** A headless Chromium kept open for a crawl. */
export interface PageRenderer {
  render(url: string, sink: SourceSink): Promise<RenderedPage | undefined>;
  close(): Promise<void>;
}

/**
 * Opens Debian's Chromium with a fresh profile. Every request the page makes goes through a route that
 * applies the crawler's rules (allowed hosts, no private addresses), so scripts cannot reach elsewhere;
 * forms are never submitted because nothing but navigation and waiting happens.
 */
export async function openRenderer(
  executablePath: string | undefined,
  limits: FetchLimits,
  allowedHost: (url: URL) => boolean,
): Promise<PageRenderer> {
  const profile = await mkdtemp(join(tmpdir(), 'piguard-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: executablePath ?? process.env.PIGUARD_CHROMIUM ?? '/usr/bin/chromium',
    args: [...CHROMIUM_FLAGS],
    headless: true,
    userAgent: limits.userAgent,
    javaScriptEnabled: true,
    acceptDownloads: false,
  });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
    if (!allowedHost(url) || route.request().method() !== 'GET') return route.abort('blockedbyclient');
    try {
      await assertPublicHost(url.hostname, limits.allowPrivate);
    } catch {
      return route.abort('blockedbyclient');
    }
    return route.continue();
  });
  return {
    async render(url, sink) {
      const page = await context.newPage();
      try {
        await page.goto(url, { waitUntil: 'networkidle', timeout: limits.timeoutMs });
        const html = await page.content();
        const screenshot = await page.screenshot({ fullPage: true, type: 'png' });
        return { html, screenshot };
      } catch (error) {
        sink.issue({
          source: url,
          code: 'E_TIMEOUT',
          message: `rendering failed: ${(error as Error).message.split('\n')[0]}`,
          severity: 'error',
        });
        return undefined;
      } finally {
        await page.close();
      }
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
