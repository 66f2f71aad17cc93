/** Compiles include/exclude URL globs: `*` is any run of characters, `?` one; a glob matches a URL anywhere. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^${}()|[\]\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.');
  return new RegExp(body, 'i');
}

/** A URL test from include and exclude globs: included (or no includes) and not excluded. */
export function urlFilter(include: readonly string[] = [], exclude: readonly string[] = []): (url: string) => boolean {
  const inc = include.map(globToRegExp);
  const exc = exclude.map(globToRegExp);
  return (url) => (inc.length === 0 || inc.some((r) => r.test(url))) && !exc.some((r) => r.test(url));
}

/** The hosts a crawl may fetch from: the start URLs' hosts with and without `www.`, plus any listed. */
export function hostFilter(starts: readonly string[], extra: readonly string[] = []): (url: URL) => boolean {
  const hosts = new Set<string>();
  for (const h of [...starts.map((s) => new URL(s).host), ...extra]) {
    const host = h.toLowerCase();
    hosts.add(host);
    hosts.add(host.startsWith('www.') ? host.slice(4) : `www.${host}`);
  }
  return (url) => (url.protocol === 'http:' || url.protocol === 'https:') && hosts.has(url.host.toLowerCase());
}
