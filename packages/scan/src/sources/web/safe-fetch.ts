import type { LookupAddress } from 'node:dns';
import { lookup } from 'node:dns';
import { type IncomingMessage, request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { addressAllowed, BlockedAddressError, type PrivatePolicy } from './address-guard.js';

/** Limits and identity of every request the crawler makes. */
export interface FetchLimits {
  userAgent: string;
  /** Per-request time limit (connect to last byte), ms. */
  timeoutMs: number;
  /** Bytes of body kept; the rest is cut off and the response marked truncated. */
  maxBytes: number;
  /** Reach loopback, private and link-local addresses (tests, intranet audits). */
  allowPrivate: PrivatePolicy;
  /** Retries after a network error, 429 or 5xx, with exponential backoff from `backoffMs`. */
  retries: number;
  backoffMs: number;
  maxRedirects: number;
  /** A redirect target outside the allowed hosts is not followed. */
  allowUrl?: (url: URL) => boolean;
}

/** A fetched response with what evidence needs: the final URL, status, headers and the exact bytes. */
export interface FetchedResponse {
  url: string;
  finalUrl: string;
  redirects: string[];
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  truncated: boolean;
  remoteAddress?: string;
  fetchedAt: Date;
}

/** A request the crawler refused or could not complete; `code` becomes the scan issue code. */
export class FetchError extends Error {
  readonly code: 'E_BLOCKED_ADDRESS' | 'E_TIMEOUT' | 'E_CONNECTION' | 'E_UNSUPPORTED';
  constructor(message: string, code: FetchError['code']) {
    super(message);
    this.code = code;
  }
}

// The address check sits in the socket's own lookup, so the address connected to is the one checked (no
// window for DNS rebinding between a check and the connection).
function guardedLookup(allowPrivate: PrivatePolicy): LookupFunction {
  return (hostname, options, callback) => {
    lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as unknown as LookupAddress[];
      const blocked = list.find((a) => !addressAllowed(a.address, allowPrivate));
      if (blocked)
        return callback(new BlockedAddressError(`${hostname} resolves to a private or local address (${blocked.address})`), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0];
      if (!first) return callback(new Error(`${hostname}: no address`), '', 0);
      callback(null, first.address, first.family);
    });
  };
}

function decoded(res: IncomingMessage): NodeJS.ReadableStream {
  const enc = String(res.headers['content-encoding'] ?? '').toLowerCase();
  if (enc === 'gzip' || enc === 'x-gzip') return res.pipe(createGunzip());
  if (enc === 'deflate') return res.pipe(createInflate());
  if (enc === 'br') return res.pipe(createBrotliDecompress());
  return res;
}

function headerRecord(res: IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

interface OneResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  truncated: boolean;
  remoteAddress?: string;
}

function requestOnce(url: URL, limits: FetchLimits, signal?: AbortSignal): Promise<OneResponse> {
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  // Node skips the lookup for literal addresses, so they are checked here.
  if (isIP(literal) && !addressAllowed(literal, limits.allowPrivate)) {
    return Promise.reject(
      new FetchError(`${url.hostname} is a private or local address; use --allow-private to allow it`, 'E_BLOCKED_ADDRESS'),
    );
  }
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: 'GET',
      headers: { 'user-agent': limits.userAgent, accept: '*/*', 'accept-encoding': 'gzip, deflate, br' },
      lookup: guardedLookup(limits.allowPrivate),
      timeout: limits.timeoutMs,
      ...(signal ? { signal } : {}),
    });
    const timer = setTimeout(
      () => req.destroy(new FetchError(`no complete response within ${limits.timeoutMs} ms`, 'E_TIMEOUT')),
      limits.timeoutMs,
    );
    const fail = (error: unknown): void => {
      clearTimeout(timer);
      if (error instanceof FetchError) reject(error);
      else if (error instanceof BlockedAddressError) reject(new FetchError(error.message, 'E_BLOCKED_ADDRESS'));
      else reject(new FetchError(error instanceof Error ? error.message : String(error), 'E_CONNECTION'));
    };
    req.on('timeout', () => req.destroy(new FetchError(`no response within ${limits.timeoutMs} ms`, 'E_TIMEOUT')));
    req.on('error', fail);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      let truncated = false;
      const stream = decoded(res);
      stream.on('data', (chunk: Buffer) => {
        if (truncated) return;
        const room = limits.maxBytes - size;
        if (chunk.length > room) {
          chunks.push(chunk.subarray(0, room));
          size = limits.maxBytes;
          truncated = true;
          res.destroy();
          finish();
          return;
        }
        chunks.push(chunk);
        size += chunk.length;
      });
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        resolve({
          status: res.statusCode ?? 0,
          headers: headerRecord(res),
          body: Buffer.concat(chunks),
          truncated,
          ...(res.socket?.remoteAddress ? { remoteAddress: res.socket.remoteAddress } : {}),
        });
      };
      stream.on('end', finish);
      stream.on('error', (e) => (truncated ? finish() : fail(e)));
    });
    req.end();
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * GET with the crawler's safety rules: http(s) only, private addresses refused at connect time (and on
 * every redirect hop), redirects outside the allowed hosts not followed, bodies capped, time-limited, and
 * retried with backoff on network errors, 429 and 5xx. Never sends a body: forms are never submitted.
 */
export async function safeFetch(target: string, limits: FetchLimits, signal?: AbortSignal): Promise<FetchedResponse> {
  const fetchedAt = new Date();
  const redirects: string[] = [];
  let url = new URL(target);
  for (let hop = 0; ; hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`${url.protocol} is not fetched`, 'E_UNSUPPORTED');
    let res: OneResponse | undefined;
    for (let attempt = 0; ; attempt++) {
      try {
        res = await requestOnce(url, limits, signal);
        if ((res.status === 429 || res.status >= 500) && attempt < limits.retries) {
          await sleep(limits.backoffMs * 2 ** attempt);
          continue;
        }
        break;
      } catch (error) {
        const retriable = error instanceof FetchError && (error.code === 'E_CONNECTION' || error.code === 'E_TIMEOUT');
        if (!retriable || attempt >= limits.retries || signal?.aborted) throw error;
        await sleep(limits.backoffMs * 2 ** attempt);
      }
    }
    const location = res.headers.location;
    if (res.status >= 300 && res.status < 400 && location) {
      if (hop >= limits.maxRedirects) throw new FetchError(`more than ${limits.maxRedirects} redirects`, 'E_CONNECTION');
      const next = new URL(location, url);
      if (limits.allowUrl && !limits.allowUrl(next))
        throw new FetchError(`redirect to ${next.origin} leaves the allowed hosts; not followed`, 'E_BLOCKED_ADDRESS');
      redirects.push(url.href);
      url = next;
      continue;
    }
    return { url: target, finalUrl: url.href, redirects, fetchedAt, ...res };
  }
}
