import { Parser } from 'htmlparser2';
import { dropInjectedSpam } from './injected-spam.js';
import { repairMojibake } from './repair-mojibake.js';
import { stripInlinePinyin } from './strip-inline-pinyin.js';

/** A page's visible main text and the links found on it. */
export interface ExtractedPage {
  title: string;
  text: string;
  /** Absolute http(s) URLs of `a`, `area`, `frame` and `iframe` targets, fragment removed, in page order. */
  links: string[];
}

/** Never text: code, styling, templates and embedded objects. */
const NEVER_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'object', 'head', 'select', 'button']);
/** Page furniture rather than content (navigation bars, headers and footers of the site). */
const FURNITURE = new Set(['nav', 'header', 'footer', 'aside', 'menu']);
const FURNITURE_NAME = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|footer|sidebar|share|toolbar|copyright)([\s_-]|$)/i;
/** Ways injected spam hides from readers while staying in the markup for search engines. */
const HIDING_STYLE =
  /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d])|(left|top|text-indent)\s*:\s*-\d{3,}|height\s*:\s*0(px)?\s*;[^"]*overflow\s*:\s*hidden|opacity\s*:\s*0(?![.\d])/i;
const RECORD = new Set([
  'tr',
  'li',
  'p',
  'dl',
  'article',
  'section',
  'table',
  'ul',
  'ol',
  'blockquote',
  'pre',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);
const BLOCK = new Set(['br', 'div', 'dt', 'dd', 'main', 'title', 'caption', 'figcaption', 'address', 'hr', 'label', 'fieldset', 'legend']);
const CELL = new Set(['td', 'th']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function hides(name: string, attrs: Record<string, string>): boolean {
  if (NEVER_TEXT.has(name) || FURNITURE.has(name)) return true;
  if ('hidden' in attrs || attrs['aria-hidden'] === 'true') return true;
  // Only the start of a style is read: a megabyte-long attribute must not cost quadratic time.
  if (attrs.style && HIDING_STYLE.test(attrs.style.slice(0, 2000))) return true;
  const names = `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role === 'navigation' ? 'nav' : ''}`;
  return FURNITURE_NAME.test(names);
}

function absolute(href: string, base: URL): string | undefined {
  try {
    const url = new URL(href.trim(), base);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * The visible text of an HTML page: without scripts, styles, navigation, site headers and footers, and
 * content hidden by styles (the usual hiding place of injected spam). Rows, items and paragraphs end with a
 * blank line so that findings of one row group into one record. Links are collected from all of the page
 * (navigation included: the crawler follows it); forms are never followed or submitted. Inline pinyin after
 * characters (個(gè)人) is removed so keywords read whole, mojibake runs repaired, and injected keyword lists dropped.
 */
export function extractPage(html: string, pageUrl: string): ExtractedPage {
  const base = new URL(pageUrl);
  let text = '';
  let title = '';
  let inTitle = false;
  const links: string[] = [];
  const seen = new Set<string>();
  // One entry per open element: whether it hides its content. Void elements get none.
  const stack: boolean[] = [];
  let hidden = 0;
  const append = (s: string): void => {
    if (hidden === 0) text += s;
  };
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (name === 'base' && attrs.href) {
          const b = absolute(attrs.href, base);
          if (b) Object.assign(base, { href: b });
        }
        const target = name === 'a' || name === 'area' ? attrs.href : name === 'iframe' || name === 'frame' ? attrs.src : undefined;
        if (target) {
          const link = absolute(target, base);
          if (link && !seen.has(link)) {
            seen.add(link);
            links.push(link);
          }
        }
        if (name === 'title') inTitle = true;
        if (VOID.has(name)) {
          if (name === 'br' || name === 'hr') append('\n');
          if (name === 'img' && attrs.alt) append(` ${attrs.alt} `);
          return;
        }
        const hide = hides(name, attrs);
        stack.push(hide);
        if (hide) hidden++;
        if (BLOCK.has(name)) append('\n');
        else if (CELL.has(name)) append('\t');
      },
      ontext(data) {
        if (inTitle) title += data;
        append(data);
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
        if (VOID.has(name)) return;
        const hide = stack.pop();
        if (hide) hidden--;
        if (RECORD.has(name)) append('\n\n');
        else if (BLOCK.has(name)) append('\n');
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const tidy = dropInjectedSpam(repairMojibake(stripInlinePinyin(text)))
    .replace(/[ \t\u00a0\u3000]+\n/g, '\n')
    .replace(/\n[ \t\u00a0]+/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { title: title.trim(), text: tidy, links };
}
