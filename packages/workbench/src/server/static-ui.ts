import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from '../api/app-env.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

const NOT_BUILT = `<!doctype html><meta charset="utf-8"><title>piguard</title>
<p>The workbench UI is not built. Run <code>npm run build</code> in the repository root; the API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>`;

/** Serves the built UI from `dir`; unknown paths get index.html (client-side routes), never files outside `dir`. */
export function mountStaticUi(app: Hono<AppEnv>, dir: string): void {
  const root = normalize(dir + sep);
  app.get('*', async (c) => {
    let wanted: string;
    try {
      wanted = normalize(join(root, decodeURIComponent(c.req.path)));
    } catch {
      return c.text('bad path', 400);
    }
    if (!wanted.startsWith(root)) return c.text('not found', 404);
    const file = extname(wanted) ? wanted : join(root, 'index.html');
    try {
      const body = await readFile(file);
      const immutable = file.includes(`${sep}assets${sep}`);
      return c.body(body, 200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
    } catch {
      if (extname(wanted)) return c.text('not found', 404);
      return c.html(NOT_BUILT, 503);
    }
  });
}
