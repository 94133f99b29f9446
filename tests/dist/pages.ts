/** Reading one built page by its URL path (without base), for the content tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PERMANENT_IDS as PERMANENT } from '../../src/lib/permalinks.ts';
import { DIST, ids } from './helpers.ts';

/** The HTML of a built page by its URL path ("/zh-cn/faq/", "/404.html"). */
export function html(path: string): string {
  const file = path.endsWith('.html') ? join(DIST, path) : join(DIST, path, 'index.html');
  if (!existsSync(file)) throw new Error(`No built page for ${path} (${file})`);
  return readFileSync(file, 'utf8');
}

/** The visible text of the page body: scripts and styles removed, tags as spaces, entities decoded. */
export function text(path: string): string {
  return visibleText(html(path));
}

/** The visible text of an HTML document (or fragment), as `text` reads a built page. */
export function visibleText(source: string): string {
  const body = source.replace(/^[\s\S]*?<body[^>]*>/, '');
  return body
    .replace(/<(script|style|template)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every id attribute on a page. */
export const idsOf = (path: string): Set<string> => ids(html(path));

/** The permanent section ids by URL path (from src/lib/permalinks.ts). */
export const PERMANENT_IDS: Record<string, readonly string[]> = Object.fromEntries(
  Object.entries(PERMANENT).map(([slug, list]) => [slug === '' ? '/' : `/${slug}/`, list]),
);
