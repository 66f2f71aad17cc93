import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_FLAGS } from '@piguard/scan';
import { chromium } from 'playwright-core';

/** Where Debian's Chromium is, unless PIGUARD_CHROMIUM names another. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.PIGUARD_CHROMIUM ?? '/usr/bin/chromium';
}

// PDFs are printed one at a time: each needs a browser (a few hundred MB), and a burst of requests must not start
// one browser per request.
let queue: Promise<unknown> = Promise.resolve();

/**
 * Prints a self-contained HTML page to an A4 PDF with Chromium (page numbers in the footer). The page may load
 * nothing and runs no script: every request is refused, so a report cannot reach out even if a text slipped
 * through unescaped. One browser per call, closed after it (reports are rare and a kept browser holds memory),
 * and one call at a time in this process.
 */
export function renderPdf(html: string, options: { executablePath?: string; footer?: string } = {}): Promise<Buffer> {
  const next = queue.then(() => printOnce(html, options));
  queue = next.catch(() => undefined);
  return next;
}

async function printOnce(html: string, options: { executablePath?: string; footer?: string }): Promise<Buffer> {
  const profile = await mkdtemp(join(tmpdir(), 'piguard-pdf-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: options.executablePath ?? chromiumPath(),
    // The flags of `piguard scan --render` (spec/stack.md §9): no sandbox (root), no GPU, no background traffic.
    args: [...CHROMIUM_FLAGS],
    headless: true,
    javaScriptEnabled: false,
    acceptDownloads: false,
    offline: true,
  });
  try {
    await context.route('**/*', (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const footer = (options.footer ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      preferCSSPageSize: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: `<div style="font-size:8pt;width:100%;text-align:center;color:#555;font-family:'WenQuanYi Zen Hei',sans-serif">${footer} <span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
      margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' },
    });
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
