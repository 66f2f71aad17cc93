import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { mod11_2CheckChar } from '@piguard/core';
import { CHROMIUM_FLAGS } from '@piguard/scan';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../src/reports/render-pdf.js';
import { type RunningWorkbench, startWorkbench } from '../../src/server/start-workbench.js';

const CHROMIUM = chromiumPath();
/** Set to a folder (docs/img) to save screenshots of the main screens. */
const SHOTS = process.env.PIGUARD_SCREENSHOTS;

function residentId(birth: string, seq: number): string {
  const body = `110105${birth}${String(seq).padStart(3, '0')}`;
  return body + (mod11_2CheckChar(body) ?? '');
}

const IDS = [
  ...Array.from({ length: 10 }, (_, i) => residentId('19790815', 300 + i)),
  residentId('20160301', 410),
  residentId('20170702', 420),
];
const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>某校公示名单</title></head><body><h1>学生资助公示</h1><table>${IDS.map((id, i) => `<tr><td>${i + 1}</td><td>身份证号 ${id}</td></tr>`).join('')}</table></body></html>`;

/** Logs in over the API (Node fetch): the cookie and CSRF token of a session. */
async function apiSession(
  url: string,
  username: string,
  password: string,
): Promise<(method: string, path: string, body?: unknown) => Promise<Record<string, unknown>>> {
  const r = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (r.status !== 200) throw new Error(`login ${username}: ${r.status}`);
  const cookie = (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await r.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const res = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return (await res.json()) as Record<string, unknown>;
  };
}

const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === 'true') it('chromium present', () => expect.fail(`${CHROMIUM} is missing and CI=true`));
  else console.warn(`\n*** SKIPPED workbench end-to-end journey: ${CHROMIUM} not found ***\n`);
}

describe.runIf(haveChromium)('workbench end-to-end journey in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'piguard-e2e-'));
  let site: Server;
  let siteUrl: string;
  let removed = false;
  let wb: RunningWorkbench;
  let browser: Browser;
  let caseId = '';

  beforeAll(async () => {
    const ui = join(dir, 'ui');
    await build({
      configFile: fileURLToPath(new URL('../../vite.config.ts', import.meta.url)),
      logLevel: 'error',
      build: { outDir: ui, emptyOutDir: true },
    });
    site = createServer((req, res) => {
      if (req.url === '/students.html' && !removed) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE);
      } else {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!doctype html><meta charset="utf-8"><p>页面不存在</p>');
      }
    });
    await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}/students.html`;
    wb = await startWorkbench({ port: 0, dataDir: join(dir, 'data'), env: { XDG_CONFIG_HOME: dir }, uiDir: ui, allowPrivateUrls: true });
    const admin = await apiSession(wb.url, 'admin', wb.firstRun?.password ?? '');
    // The one-time password must be replaced before the admin can do anything else.
    expect(await admin('GET', '/api/units')).toMatchObject({ error: { code: 'E_PASSWORD_CHANGE_REQUIRED' } });
    await admin('POST', '/api/auth/password', { currentPassword: wb.firstRun?.password, newPassword: 'the admin chose this one' });
    const me = await fetch(`${wb.url}/api/units`).then((r) => r.status);
    expect(me).toBe(401);
    const units = (await admin('GET', '/api/units')) as { units: { id: string }[] };
    const unitA = units.units[0]?.id ?? '';
    const unitB = (await admin('POST', '/api/units', { name: '乙市人民检察院' })).id as string;
    await admin('POST', '/api/users', {
      username: 'zhang',
      displayName: '张检察官',
      password: 'zhang long password',
      role: 'investigator',
      unitId: unitA,
    });
    await admin('POST', '/api/users', {
      username: 'wang',
      displayName: '王检察官',
      password: 'wang long password',
      role: 'investigator',
      unitId: unitB,
    });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_FLAGS] });
    if (SHOTS) mkdirSync(SHOTS, { recursive: true });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await wb?.close();
    await new Promise((r) => site?.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Logs in through the UI; users made by the admin have a temporary password and must replace it first. */
  async function login(username: string, password: string, newPassword: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
    await page.goto(wb.url);
    await page.fill('#username', username);
    await page.fill('#password', password);
    await page.click('button[type=submit]');
    await page.waitForSelector('[data-testid=change-password]');
    await page.fill('#currentPassword', password);
    await page.fill('#newPassword', newPassword);
    await page.fill('#confirmPassword', newPassword);
    await page.click('[data-testid=change-password]');
    await page.waitForSelector('.ant-layout-header');
    return page;
  }

  const shot = async (page: Page, name: string) => {
    if (SHOTS) await page.screenshot({ path: join(SHOTS, `${name}.png`) });
  };

  it('log in → scan the test site → lead with masked ID numbers and people counted → case → evidence → recommendation → page removed → re-scan shows it gone', async () => {
    const page = await login('zhang', 'zhang long password', 'zhang chose a new one');
    await page.click('text=扫描');
    await page.fill('[data-testid=scan-targets]', siteUrl);
    await page.click('[data-testid=start-scan]');
    await page.waitForSelector('[data-testid=scan-status]:has-text("done")', { timeout: 30_000 });

    await page.click('[data-testid=show-findings]');
    await page.waitForSelector('[data-testid=masked]');
    const masked = await page.locator('[data-testid=masked]').allTextContents();
    expect(masked).toHaveLength(12);
    for (const m of masked) expect(m).toMatch(/[*＊]/);
    const html = await page.content();
    for (const id of IDS) expect(html).not.toContain(id);
    await shot(page, 'workbench-scan-findings');
    await page.keyboard.press('Escape');

    await page.click('[data-testid=lead-from-scan]');
    await page.fill('[data-testid=lead-title]', '某校网站公示学生身份证号');
    await page.fill('[data-testid=lead-subject]', '某市某小学');
    await page.click('[data-testid=confirm-lead]');
    await page.waitForSelector('[data-testid=lead-people]');
    expect(await page.textContent('[data-testid=lead-people]')).toBe('12');
    expect(await page.textContent('.ant-descriptions')).toContain('PI.ID.RIC');
    await shot(page, 'workbench-lead');

    await page.click('[data-testid=open-case]');
    await page.click('[data-testid=confirm-case]');
    await page.waitForSelector('[data-testid=case-status]');
    caseId = page.url().split('/').pop() ?? '';

    const sha = createHash('sha256').update(PAGE).digest('hex');
    await page.fill('#evidenceRef', 'captures/students.html');
    await page.fill('#sha256', sha);
    await page.click('button:has-text("附加证据")');
    await page.waitForSelector(`code:has-text("${sha.slice(0, 16)}")`);
    // The page as served is the capture the scan stored: the case's check finds it in the unit's chain, intact.
    await page.click('[data-testid=verify-chain]');
    await page.waitForSelector('[data-testid=chain-verdict][data-ok=true]');

    // The recommendation through the page's own session (antd's date picker is not what this test is about).
    const rec = await page.evaluate(async (id) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const r = await fetch(`/api/cases/${id}/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ kind: 'recommendation', title: '制发检察建议：删除公示页面中的身份证号', dueAt: '2026-12-31' }),
      });
      return r.status;
    }, caseId);
    expect(rec).toBe(201);
    await page.reload();
    await page.waitForSelector('[data-testid=case-status]:has-text("recommendation-issued")');

    removed = true;
    await page.click('[data-testid=recheck]');
    await page.waitForSelector('[data-testid=timeline-item]:has-text("gone")', { timeout: 40_000 });
    await shot(page, 'workbench-case');

    // The report buttons are links under the session; the PDF is fetched through the page's own session.
    expect(await page.getAttribute('[data-testid=report-pdf]', 'href')).toBe(`/api/cases/${caseId}/report?format=pdf&lang=zh`);
    const pdf = await page.evaluate(async (id) => {
      const r = await fetch(`/api/cases/${id}/report?format=pdf`);
      const bytes = new Uint8Array(await r.arrayBuffer());
      return { status: r.status, head: String.fromCharCode(...bytes.slice(0, 5)) };
    }, caseId);
    expect(pdf).toEqual({ status: 200, head: '%PDF-' });
    // The investigator of the owning unit also gets the pack with the captures: the page as served, by its SHA-256.
    expect(await page.getAttribute('[data-testid=evidence-pack-captures]', 'href')).toBe(
      `/api/cases/${caseId}/evidence-pack?lang=zh&captures=1`,
    );
    const pack = await page.evaluate(async (id) => {
      const r = await fetch(`/api/cases/${id}/evidence-pack?captures=1`);
      return { status: r.status, text: new TextDecoder('latin1').decode(await r.arrayBuffer()) };
    }, caseId);
    expect(pack.status).toBe(200);
    expect(pack.text).toContain(`captures/${sha}`);

    // Closed, the case becomes a typical case of the unit's library.
    const closed = await page.evaluate(async (id) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const r = await fetch(`/api/cases/${id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', 'x-csrf-token': me.csrfToken },
        body: JSON.stringify({ status: 'closed' }),
      });
      return r.status;
    }, caseId);
    expect(closed).toBe(200);
    await page.reload();
    await page.click('[data-testid=promote]');
    await page.fill('[data-testid=typical-summary]', '某校网站公示学生资助名单，列出学生身份证号。');
    await page.fill('[data-testid=typical-basis]', '《个人信息保护法》第七十条');
    await page.fill('[data-testid=typical-outcome]', '检察建议后删除页面，整改复查确认已消除');
    await page.click('[data-testid=save-typical]');
    await page.waitForSelector('[data-testid=typical-row]');
    expect(await page.textContent('.ant-table')).toContain('检察建议后删除页面');
    await shot(page, 'workbench-typical-cases');

    await page.click('text=仪表盘');
    await page.waitForSelector('[data-testid^=chart-] svg');
    await shot(page, 'workbench-dashboard');
    await page.click('button:has-text("English")');
    await page.waitForSelector('text=Dashboard');
    await page.close();
  }, 120_000);

  it('a user of another unit sees none of it', async () => {
    const page = await login('wang', 'wang long password', 'wang chose a new one');
    await page.click('text=线索');
    await page.waitForSelector('.ant-table');
    expect(await page.textContent('.ant-table')).not.toContain('某校网站');
    await page.click('text=案件');
    await page.waitForSelector('.ant-table');
    expect(await page.textContent('.ant-table')).not.toContain('某校');
    const direct = await page.evaluate(async (id) => (await fetch(`/api/cases/${id}`)).status, caseId);
    expect(direct).toBe(404);
    const report = await page.evaluate(async (id) => (await fetch(`/api/cases/${id}/report?format=pdf`)).status, caseId);
    expect(report).toBe(404);
    await page.click('text=典型案例');
    await page.waitForSelector('.ant-table');
    expect(await page.textContent('.ant-table')).not.toContain('检察建议后删除页面');
    await page.close();
  }, 60_000);
});
