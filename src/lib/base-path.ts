/**
 * The base path the site is served under ("/" or a sub-path such as "/guide/"): one place to
 * normalise it, put a path under it and take it off again. Used by the pages, the Astro config
 * and integrations, the scripts (servers, checkers) and the tests. Pure.
 */

/** Ensures a base path starts and ends with a slash ("guide" -> "/guide/", "" -> "/"). */
export function normalizeBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

/** A site path under the base: ("/guide", "/faq/") -> "/guide/faq/", ("/", "faq/") -> "/faq/". */
export function joinBase(base: string, path: string): string {
  return `${normalizeBase(base)}${path.replace(/^\/+/, '')}`;
}

/**
 * The path without the base and its leading slash: ("/guide/", "/guide/faq/") -> "faq/".
 * Null when the path is not under the base ("/guide" itself is not: it lacks the slash).
 */
export function stripBase(base: string, pathname: string): string | null {
  const b = normalizeBase(base);
  return pathname.startsWith(b) ? pathname.slice(b.length) : null;
}
