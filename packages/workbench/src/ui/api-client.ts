/** An error answer of the API: its code and message (what the server said, for the user). */
export class ApiFailure extends Error {
  readonly status: number;
  readonly code: string;
  constructor(status: number, code: string, message: string) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

let csrfToken: string | undefined;

/** Remembers the CSRF token of the session (from login or /api/auth/me). */
export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Calls the API with the session cookie and, on unsafe methods, the CSRF token. */
export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  const json = text ? (JSON.parse(text) as unknown) : undefined;
  if (!res.ok) {
    const e = (json as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiFailure(res.status, e?.code ?? 'E_HTTP', e?.message ?? res.statusText);
  }
  return json as T;
}
