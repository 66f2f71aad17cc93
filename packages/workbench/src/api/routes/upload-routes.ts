import { randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { ApiError } from '../api-error.js';
import { defineRoute } from '../define-route.js';
import { startScanJob } from '../start-scan-job.js';

/** A file name safe to store: no folders, no control characters, at most 120 characters. */
function safeName(name: string): string {
  const base = [...basename(name.replaceAll('\\', '/'))]
    .map((ch) => (ch.charCodeAt(0) < 0x20 || '<>:"|?*'.includes(ch) ? '_' : ch))
    .join('');
  return (base === '' || base === '.' || base === '..' ? 'upload' : base).slice(-120);
}

async function readLimited(body: ReadableStream<Uint8Array> | null, max: number): Promise<Buffer> {
  if (!body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new ApiError('E_TOO_LARGE', `the upload is larger than ${max} bytes`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

const upload = defineRoute({
  method: 'post',
  path: '/api/uploads',
  summary: 'Upload one file (raw bytes, size-limited) and scan it as a background job; the file is read like any scanned file',
  tag: 'scans',
  permission: 'lead:write',
  status: 201,
  query: z.object({ name: z.string().trim().min(1).max(255) }),
  async handle({ c, deps, query, user }) {
    const limits = deps.uploads;
    if (!limits) throw new ApiError('E_CONFLICT', 'uploads are not enabled on this server');
    const declared = Number(c.req.header('content-length') ?? '0');
    if (declared > limits.maxBytes) throw new ApiError('E_TOO_LARGE', `the upload is larger than ${limits.maxBytes} bytes`);
    const bytes = await readLimited(c.req.raw.body, limits.maxBytes);
    if (bytes.length === 0) throw new ApiError('E_BAD_REQUEST', 'the upload is empty');
    const id = randomUUID();
    const folder = join(limits.dir, id);
    const file = join(folder, safeName(query.name));
    await mkdir(folder, { recursive: true, mode: 0o700 });
    try {
      await writeFile(file, bytes, { mode: 0o600 });
      await startScanJob(deps, user, {
        id,
        kind: 'upload',
        shownTargets: [file],
        targets: [file],
        audit: { action: 'scan.upload', targetType: 'scan', targetId: id, detail: { bytes: bytes.length } },
      });
      return { id, kind: 'upload', status: 'queued', bytes: bytes.length };
    } catch (error) {
      await rm(folder, { recursive: true, force: true });
      throw error;
    }
  },
});

/** Uploads. */
export const uploadRoutes = [upload];
