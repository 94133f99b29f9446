/**
 * Helpers for the built-site tests: where the build is, which pages it has, and small
 * readers for the tags of a page's <head>. The build is read from OUT_DIR (default dist),
 * with the BASE_PATH and SITE_URL it was built with (the same variables as the build).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const DIST = process.env.OUT_DIR || 'dist';
export const BASE = `/${(process.env.BASE_PATH || '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
export const SITE = new URL(process.env.SITE_URL || 'https://hwcloud-intl-guide.example.org').origin;

export interface BuiltPage {
  /** The file, relative to DIST ("zh-cn/faq/index.html"). */
  file: string;
  /** The site path under the base ("/zh-cn/faq/", "/404.html"). */
  path: string;
  /** The absolute URL the page is served at. */
  url: string;
  locale: 'en' | 'zh-cn';
  /** The page's path without base and locale ("faq/", "" for the overview, "404.html"). */
  key: string;
  html: string;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Every HTML page of the build (throws when there is none: a test over them must not pass empty). */
export function builtPages(): BuiltPage[] {
  const files = walk(DIST);
  if (!files.some((f) => f.endsWith('.html'))) throw new Error(`no HTML page in ${DIST}: build the site first`);
  return files
    .filter((f) => f.endsWith('.html'))
    .map((full) => {
      const file = relative(DIST, full).split(sep).join('/');
      const sitePath = file.replace(/(^|\/)index\.html$/, '$1');
      const locale = sitePath.startsWith('zh-cn/') ? 'zh-cn' : 'en';
      return {
        file,
        path: `${BASE}${sitePath}`,
        url: `${SITE}${BASE}${sitePath}`,
        locale,
        key: locale === 'zh-cn' ? sitePath.slice('zh-cn/'.length) : sitePath,
        html: readFileSync(full, 'utf8'),
      } satisfies BuiltPage;
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}

export const is404 = (p: BuiltPage) => p.key === '404.html';
export const isSearch = (p: BuiltPage) => p.key === 'search/';
/** The guide's own pages: what the sitemap lists and search indexes. */
export const isGuidePage = (p: BuiltPage) => !is404(p) && !isSearch(p);

/** Reads a file of the build. */
export function readBuilt(file: string): string {
  return readFileSync(join(DIST, file), 'utf8');
}

/** The built file an absolute URL of the site points to, or null when it is outside the site or missing. */
export function fileForUrl(url: string): string | null {
  const u = new URL(url);
  if (u.origin !== SITE || !u.pathname.startsWith(BASE)) return null;
  const rel = decodeURIComponent(u.pathname.slice(BASE.length));
  for (const candidate of [rel, join(rel, 'index.html')]) {
    const full = join(DIST, candidate);
    if (candidate !== '' && existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

/** Decodes the character references Astro writes in attribute values. */
export function decode(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** The attributes of every `<name …>` tag of a page (values decoded). */
export function tags(html: string, name: string): Record<string, string>[] {
  return [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of (m[1] ?? '').matchAll(/([\w:-]+)(?:="([^"]*)")?/g)) attrs[a[1] ?? ''] = decode(a[2] ?? '');
    return attrs;
  });
}

/** The content of `<meta name|property="key">` tags. */
export function metas(html: string, key: string): string[] {
  return tags(html, 'meta')
    .filter((m) => m.name === key || m.property === key)
    .map((m) => m.content ?? '');
}

/** The `<link rel="…">` tags. */
export function links(html: string, rel: string): Record<string, string>[] {
  return tags(html, 'link').filter((l) => l.rel === rel);
}

/** The text of the page's <title>. */
export function title(html: string): string | undefined {
  const m = html.match(/<title>([^<]*)<\/title>/);
  return m ? decode(m[1] ?? '') : undefined;
}

/** Every JSON-LD block of a page, parsed (throws on invalid JSON). */
export function jsonLd(html: string): unknown[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) =>
    JSON.parse(m[1] ?? ''),
  );
}

/** The ids of the elements of a page. */
export function ids(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));
}
