/**
 * Helpers for the built-site tests: where the build is, which pages it has, and small
 * readers for the tags of a page's <head>, read with the parser of scripts/lib/html.ts. The
 * build is read from OUT_DIR (default dist), with the BASE_PATH and SITE_URL it was built with
 * (the same variables as the build).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfPath, htmlFiles, sitePathOf } from '../../scripts/lib/built-files.ts';
import { attributesOf, element, elements, idsOf, parseHtml, textOf } from '../../scripts/lib/html.ts';
import { normalizeBase, stripBase } from '../../src/lib/base-path.ts';

/** Decodes the character references of an attribute value (src/lib/entities.ts); parse pages instead where you can. */
export { decodeAttribute as decode } from '../../src/lib/entities.ts';

import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../src/lib/locale.ts';

export const DIST = process.env.OUT_DIR || 'dist';
export const BASE = normalizeBase(process.env.BASE_PATH || '/');
export const SITE = new URL(process.env.SITE_URL || 'https://hwcloud-intl-guide.example.org').origin;

export interface BuiltPage {
  /** The file, relative to DIST ("zh-cn/faq/index.html"). */
  file: string;
  /** The site path under the base ("/zh-cn/faq/", "/404.html"). */
  path: string;
  /** The absolute URL the page is served at. */
  url: string;
  locale: Locale;
  /** The page's path without base and locale ("faq/", "" for the overview, "404.html"). */
  key: string;
  html: string;
}

/** Every HTML page of the build (throws when there is none: a test over them must not pass empty). */
export function builtPages(): BuiltPage[] {
  const files = htmlFiles(DIST);
  if (files.length === 0) throw new Error(`no HTML page in ${DIST}: build the site first`);
  return files
    .map((file) => {
      const sitePath = sitePathOf(file);
      // The registry's locales (with the pseudo-locale when PSEUDO_LOCALE=1); the default has no prefix.
      const locale = LOCALES.find((l) => l !== DEFAULT_LOCALE && sitePath.startsWith(`${l}/`)) ?? DEFAULT_LOCALE;
      return {
        file,
        path: `${BASE}${sitePath}`,
        url: `${SITE}${BASE}${sitePath}`,
        locale,
        key: locale === DEFAULT_LOCALE ? sitePath : sitePath.slice(`${locale}/`.length),
        html: readFileSync(join(DIST, file), 'utf8'),
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
  const rel = u.origin === SITE ? stripBase(BASE, u.pathname) : null;
  return rel === null ? null : fileOfPath(DIST, rel);
}

/** The parsed page, kept for the next reader of the same page (the tests read one page many times). */
let last: { html: string; doc: ReturnType<typeof parseHtml> } | undefined;
function parsed(html: string): ReturnType<typeof parseHtml> {
  if (last?.html !== html) last = { html, doc: parseHtml(html) };
  return last.doc;
}

/** The attributes of every `<name …>` element of a page (values decoded). */
export function tags(html: string, name: string): Record<string, string>[] {
  return attributesOf(parsed(html), name);
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
  const el = element(parsed(html), 'title');
  return el ? textOf(el) : undefined;
}

/** Every JSON-LD block of a page, parsed (throws on invalid JSON). */
export function jsonLd(html: string): unknown[] {
  return elements(parsed(html), (el) => el.name === 'script' && el.attribs.type === 'application/ld+json').map((el) =>
    JSON.parse(textOf(el)),
  );
}

/** The ids of the elements of a page. */
export function ids(html: string): Set<string> {
  return idsOf(parsed(html));
}
