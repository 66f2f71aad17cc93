import type { Candidate } from '../../recognizer.js';
import { defineRecognizer } from '../../recognizer.js';

// Query parameter names (lower case, without _ - .) and the PI type their value carries.
const PARAMS: ReadonlyArray<[string, readonly string[]]> = [
  [
    'PI.BASIC.PHONE',
    ['mobile', 'phone', 'tel', 'telephone', 'cellphone', 'mobilephone', 'phonenumber', 'phoneno', 'mobileno', 'shouji', 'sjh'],
  ],
  ['PI.ID.RIC', ['idcard', 'idno', 'idnumber', 'idcardno', 'identity', 'identitycard', 'certno', 'certificateno', 'sfz', 'sfzh', 'cardid']],
  ['PI.BASIC.EMAIL', ['email', 'mail', 'emailaddress']],
  ['PI.BASIC.NAME', ['name', 'realname', 'fullname', 'truename', 'username', 'xm', 'xingming', 'custname', 'customername']],
  [
    'PI.AUTH.CREDENTIAL',
    ['token', 'accesstoken', 'authtoken', 'sessionid', 'sid', 'password', 'passwd', 'pwd', 'apikey', 'secret', 'ticket'],
  ],
  ['PI.NET.ACCOUNT', ['openid', 'unionid', 'uid', 'userid', 'account', 'accountid', 'qq', 'wechat', 'wxid']],
  ['SPI.FIN.CARD', ['cardno', 'cardnumber', 'bankcard', 'bankcardno', 'acctno', 'accountno']],
  ['PI.BASIC.ADDRESS', ['address', 'addr', 'homeaddress']],
  ['PI.LOC.POINT', ['lat', 'lng', 'lon', 'latitude', 'longitude', 'location', 'loc']],
];
const TYPE_OF = new Map<string, string>(PARAMS.flatMap(([type, names]) => names.map((n) => [n, type] as [string, string])));
const STOP = /[\s"'<>`]/;
const MAX_URL = 4096;
const PLACEHOLDER = /^(?:\{[^}]*\}|\$\{[^}]*\}|:\w+|<[^>]*>|x+|\*+|null|undefined|none|nil|true|false|test|\d{1,3})$/i;

function decode(v: string): string {
  try {
    return decodeURIComponent(v.replace(/\+/g, ' '));
  } catch {
    return v;
  }
}

/** The parameter name just before a value that starts at `start` (`…?mobile=` → mobile). */
export function paramNameBefore(text: string, start: number): string | undefined {
  const m = /[?&;]([A-Za-z_][\w.[\]-]{0,40})=$/.exec(text.slice(Math.max(0, start - 44), start));
  return m?.[1];
}

/** Query parameter values of URL-like tokens (a `?` after a path or host, up to whitespace or a quote). */
function findParams(text: string): Candidate[] {
  const out: Candidate[] = [];
  let q = text.indexOf('?');
  while (q !== -1) {
    // The token before the '?' must look like a URL or path: scheme, host with a dot, or a slash.
    let s = q;
    while (s > 0 && q - s < MAX_URL && !STOP.test(text[s - 1]!)) s--;
    let e = q + 1;
    while (e < text.length && e - q < MAX_URL && !STOP.test(text[e]!)) e++;
    const head = text.slice(s, q);
    if (/(?:^[a-z][a-z0-9+.-]*:\/\/|\/|^www\.|\.[a-z]{2,}$)/i.test(head)) {
      const re = /(?:^|[&;])([A-Za-z_][\w.[\]-]{0,40})=([^&;#]*)/g;
      const query = text.slice(q + 1, e);
      for (let m = re.exec(query); m !== null; m = re.exec(query)) {
        const value = m[2]!;
        if (value.length === 0) continue;
        const type = TYPE_OF.get(m[1]!.toLowerCase().replace(/[_.\-[\]]/g, ''));
        if (!type) continue;
        const start = q + 1 + m.index + m[0].length - value.length;
        out.push({ value, start, end: start + value.length, pattern: 'query-param', baseScore: 0.6 });
      }
    }
    q = text.indexOf('?', Math.max(e, q + 1));
  }
  return out;
}

/**
 * PI carried in a URL's query string (`?mobile=…&idcard=…`): the value span, typed by its parameter name.
 *
 * What this adds to the value recognisers: a value there is reported because of *where* it is (a URL ends up in
 * logs, referrers and analytics), even when its shape proves nothing (names, tokens, percent-encoded e-mails,
 * ID numbers with a typo). Scores are 0.6 (0.95 with context), below a validated value's 0.85+, so where a value
 * recogniser also finds the same span (a valid mobile number) overlap resolution keeps that finding instead.
 */
export const urlQueryPi = defineRecognizer({
  meta: {
    id: 'url-query-pi',
    entity: 'URL_QUERY_PI',
    piType: 'PI.WEB_HISTORY',
    country: 'INTL',
    description:
      'Values of URL query parameters whose names denote PI (mobile, idcard, email, name, token, openid, cardno, address, lat/lng), ' +
      'typed by the parameter; placeholders ({id}, xxx, null) are skipped.',
    references: ['RFC 3986 §3.4', 'OWASP: information exposure through query strings', 'pi-taxonomy.md §3.9'],
    version: 1,
  },
  prefilter: /[?&][A-Za-z_][\w.[\]-]*=[^&\s]/,
  find: findParams,
  context: { words: ['http', 'url', 'get ', 'post ', 'referer', 'href', '链接', '鏈接', '網址', '网址'] },
  validate(value, { text, candidate }) {
    const name = paramNameBefore(text, candidate.start);
    const type = name ? TYPE_OF.get(name.toLowerCase().replace(/[_.\-[\]]/g, '')) : undefined;
    if (!name || !type) return 'invalid';
    const decoded = decode(value).trim();
    if (decoded.length === 0 || PLACEHOLDER.test(decoded)) return { validation: 'invalid', notes: ['placeholder'] };
    if (type === 'PI.AUTH.CREDENTIAL' && decoded.length < 8) return 'invalid';
    if ((type === 'PI.BASIC.PHONE' || type === 'SPI.FIN.CARD') && decoded.replace(/\D/g, '').length < 7) return 'invalid';
    if (type === 'PI.ID.RIC' && !/^\d{15}(?:\d{2}[\dXx])?$/.test(decoded)) return 'invalid';
    if (type === 'PI.BASIC.EMAIL' && !decoded.includes('@')) return 'invalid';
    if (type === 'PI.BASIC.NAME' && /^\d+$/.test(decoded)) return 'invalid';
    return { validation: 'unchecked', piType: type, attributes: { param: name, inUrl: true } };
  },
});
