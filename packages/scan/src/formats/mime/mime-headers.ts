import iconv from 'iconv-lite';

/** A header field's value split into its main value and its `; key=value` parameters (RFC 2045, 2231). */
export interface HeaderValue {
  value: string;
  params: Map<string, string>;
}

/** Decodes bytes in a MIME charset; unknown charsets fall back to UTF-8, GB2312/GBK to GB18030 (a superset). */
export function decodeCharset(bytes: Uint8Array, charset: string | undefined): string {
  let cs = (charset ?? 'utf-8')
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (cs === 'gb2312' || cs === 'gbk' || cs === 'x-gbk' || cs === 'cp936') cs = 'gb18030';
  if (!iconv.encodingExists(cs)) cs = 'utf-8';
  return iconv.decode(Buffer.from(bytes), cs);
}

/** Parses an unfolded header block into lower-cased names and their raw values, in order. */
export function parseHeaderBlock(block: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  const unfolded = block.replace(/\r?\n[ \t]+/g, ' ');
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const list = headers.get(name) ?? [];
    list.push(line.slice(colon + 1).trim());
    headers.set(name, list);
  }
  return headers;
}

const ENCODED_WORD = /=\?([^?\s]+)\?([bBqQ])\?([^?\s]*)\?=/g;

/** Decodes RFC 2047 encoded words (`=?GB2312?B?...?=`), joining adjacent ones as the RFC says. */
export function decodeEncodedWords(value: string): string {
  return value.replace(/(\?=)\s+(=\?)/g, '$1$2').replace(ENCODED_WORD, (_all, charset: string, enc: string, text: string) => {
    const bytes = enc.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : qpBytes(text.replace(/_/g, ' '));
    return decodeCharset(bytes, charset.split('*')[0]);
  });
}

/** Parses `type/sub; key="value"; name*=utf-8''%E5%BC%A0` into its value and decoded parameters. */
export function parseHeaderValue(raw: string | undefined): HeaderValue {
  const params = new Map<string, string>();
  if (!raw) return { value: '', params };
  const parts = raw.match(/(?:[^;"]+|"(?:[^"\\]|\\.)*")+/g) ?? [];
  const value = (parts.shift() ?? '').trim().toLowerCase();
  const continued = new Map<string, string[]>();
  for (const part of parts) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    let key = part.slice(0, eq).trim().toLowerCase();
    let v = part.slice(eq + 1).trim();
    if (v.startsWith('"')) v = v.slice(1, -1).replace(/\\(.)/g, '$1');
    const ext = /^(.*?)(\*\d+)?(\*)?$/.exec(key);
    if (ext?.[2] || ext?.[3]) {
      key = ext[1] ?? key;
      if (ext[3]) v = decode2231(v, continued.has(key));
      const list = continued.get(key) ?? [];
      list.push(v);
      continued.set(key, list);
      continue;
    }
    params.set(key, decodeEncodedWords(v));
  }
  for (const [k, list] of continued) params.set(k, list.join(''));
  return { value, params };
}

function decode2231(v: string, isContinuation: boolean): string {
  const m = isContinuation ? undefined : /^([^']*)'[^']*'(.*)$/.exec(v);
  const charset = m?.[1] || 'utf-8';
  const text = m ? (m[2] ?? '') : v;
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '%' && /^[0-9a-f]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(Number.parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else bytes.push(text.charCodeAt(i) & 0xff);
  }
  return decodeCharset(Uint8Array.from(bytes), charset);
}

/** Quoted-printable to bytes (RFC 2045 §6.7); soft line breaks removed, bad escapes kept as text. */
export function qpBytes(text: string): Uint8Array {
  const s = text.replace(/=\r?\n/g, '');
  const out = new Uint8Array(s.length);
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(s.slice(i + 1, i + 3))) {
      out[n++] = Number.parseInt(s.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c & 0xff;
  }
  return out.subarray(0, n);
}
