import picomatch from 'picomatch';

/** Decides from `--exclude` globs whether a path (relative to the scan root, `/`-separated) is left out. */
export type ExcludeTest = (relativePath: string) => boolean;

/**
 * Compiles `--exclude` globs once. A glob without a slash matches a name at any depth (`*.log`,
 * `node_modules`), as in .gitignore; a glob with one matches the path from the scan root.
 */
export function compileExcludes(globs: readonly string[]): ExcludeTest {
  const trimmed = globs.map((g) => g.replace(/\/+$/, '')).filter((g) => g.length > 0);
  const names = trimmed.filter((g) => !g.includes('/'));
  const paths = trimmed.filter((g) => g.includes('/')).map((g) => g.replace(/^\.?\//, ''));
  const byName = names.length > 0 ? picomatch(names, { dot: true }) : () => false;
  const byPath = paths.length > 0 ? picomatch(paths, { dot: true }) : () => false;
  return (rel) => byName(rel.slice(rel.lastIndexOf('/') + 1)) || byPath(rel);
}
