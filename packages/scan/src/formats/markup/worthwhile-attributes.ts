/** Attributes whose values people read or type: they carry PI as often as the text does. */
const TEXT_ATTRIBUTES = new Set(['alt', 'title', 'value', 'placeholder', 'aria-label', 'content', 'label', 'summary']);
const LINK_ATTRIBUTES = new Set(['href', 'src', 'action', 'data-src']);

/**
 * The text worth scanning in an HTML attribute: readable attribute values whole, and from links only the
 * parts that carry data (`mailto:`/`tel:` targets, decoded query strings and fragments), not the URL.
 */
export function worthwhileAttribute(name: string, value: string): string | undefined {
  const n = name.toLowerCase();
  if (value.trim().length === 0) return undefined;
  if (TEXT_ATTRIBUTES.has(n) || n.startsWith('data-')) return value;
  if (!LINK_ATTRIBUTES.has(n)) return undefined;
  const scheme = /^(mailto|tel|sms):/i.exec(value);
  if (scheme) return safeDecode(value.slice(scheme[0].length).replace(/[?&]/g, ' '));
  const q = value.search(/[?#]/);
  if (q < 0) return undefined;
  return safeDecode(
    value
      .slice(q + 1)
      .replace(/[&=;#]/g, ' ')
      .replace(/\+/g, ' '),
  );
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    // A stray % in a query string: keep the raw text rather than lose it.
    return s;
  }
}
