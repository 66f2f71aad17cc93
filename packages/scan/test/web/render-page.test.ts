import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Fragment } from '../../src/fragment.js';
import type { WebCapture } from '../../src/sources/web/web-options.js';
import { webSource } from '../../src/sources/web/web-source.js';
import { residentId, startTestSite, type TestSite } from './test-site.js';

const CHROMIUM = process.env.PIGUARD_CHROMIUM ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available) {
  const note = `render-page.test.ts: SKIPPED, no Chromium at ${CHROMIUM}`;
  if (process.env.CI === 'true') throw new Error(note);
  console.warn(`\n*** ${note} ***\n`);
}

const ID = residentId('440305', '20010101', '789');
let site: TestSite;
let other: TestSite;

beforeAll(async () => {
  site = await startTestSite();
  other = await startTestSite();
  // The list exists only after a script runs; a plain fetch sees an empty table.
  site.routes.set('/app.html', {
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><html><body><table id="t"></table><script>
      const row = document.createElement('tr');
      row.innerHTML = '<td>刘洋</td><td>身份证号 ' + ['${ID.slice(0, 9)}', '${ID.slice(9)}'].join('') + '</td>';
      document.getElementById('t').appendChild(row);
      fetch('${other.origin}/beacon').catch(() => {});
    </script></body></html>`,
  });
});
afterAll(async () => {
  await site.close();
  await other.close();
});

describe.skipIf(!available)('--render in headless Chromium', () => {
  it('reads script-built content and keeps a full-page PNG screenshot as a capture', async () => {
    const captures: WebCapture[] = [];
    const fragments: Fragment[] = [];
    const source = webSource(`${site.origin}/app.html`, {
      allowPrivate: ['127.0.0.1'],
      delayMs: 0,
      robots: false,
      render: true,
      chromiumPath: CHROMIUM,
      capture: (c) => void captures.push(c),
    });
    for await (const f of source.fragments({ issue: () => {} })) fragments.push(f);
    expect(fragments.map((f) => f.text).join('')).toContain(ID);
    const shot = captures.find((c) => c.kind === 'screenshot');
    expect(shot?.response.body.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(captures.map((c) => c.kind)).toEqual(['page', 'rendered-page', 'screenshot']);
    // The page's script called another host; the browser's route refused it before it left.
    expect(other.requests).toEqual([]);
  }, 60_000);
});
