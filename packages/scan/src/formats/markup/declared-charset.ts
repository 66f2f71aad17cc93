const LATIN1 = new TextDecoder('latin1');
const META = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_DECL = /^\s*<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/;

/**
 * The charset a markup document names in its first bytes: `<meta charset>` / `http-equiv` content, or
 * the XML declaration's `encoding`. Read as Latin-1 because the names are ASCII in every charset we read.
 */
export function declaredCharset(head: Uint8Array): string | undefined {
  const text = LATIN1.decode(head.subarray(0, 4096));
  return XML_DECL.exec(text)?.[1] ?? META.exec(text)?.[1];
}
