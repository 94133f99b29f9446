/** Reading one built page by its URL path (without base), for the content tests. */
import { readPage } from '../../scripts/lib/built-files.ts';
import { visibleText as textOfHtml } from '../../scripts/lib/html.ts';
import { PERMANENT_IDS as PERMANENT } from '../../src/lib/permalinks.ts';
import { DIST, ids } from './helpers.ts';

/** The HTML of a built page by its URL path ("/zh-cn/faq/", "/404.html"). */
export function html(path: string): string {
  return readPage(DIST, path);
}

/** The visible text of the page body: scripts, styles and templates left out, entities decoded. */
export function text(path: string): string {
  return visibleText(html(path));
}

/** The visible text of an HTML document (or fragment), as `text` reads a built page (with the parser). */
export function visibleText(source: string): string {
  return textOfHtml(source);
}

/** Every id attribute on a page. */
export const idsOf = (path: string): Set<string> => ids(html(path));

/** The permanent section ids by URL path (from src/lib/permalinks.ts). */
export const PERMANENT_IDS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(PERMANENT).map(([slug, list]) => [slug === '' ? '/' : `/${slug}/`, list]),
);
