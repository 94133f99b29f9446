#!/usr/bin/env node
/**
 * Checks every internal link of a built site: each href/src under the base resolves to a
 * file, each #anchor exists on its target page, and no root-relative link escapes the base.
 * Absolute links to the site's own URL (canonical, hreflang, og:url) are checked the same way.
 * The Markdown files (each page's twin, llms.txt, llms-full.txt) are read with remark and
 * every link and link definition in them is checked the same way.
 *
 *   node scripts/check-links.mjs --dir dist --base / [--site https://example.org]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = opt('dir', 'dist');
const base = `/${opt('base', '/').replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const site = new URL(opt('site', process.env.SITE_URL || 'https://hwcloud-intl-guide.example.org')).origin;

/** @param {string} d */
function htmlFiles(d) {
  return readdirSync(d).flatMap((name) => {
    const full = join(d, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

const pages = new Map(); // url path -> { ids: Set, html }
for (const file of htmlFiles(dir)) {
  const rel = relative(dir, file).split(sep).join('/');
  const path = `${base}${rel.replace(/(^|\/)index\.html$/, '$1')}`;
  const html = readFileSync(file, 'utf8');
  const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
  pages.set(path, { ids, html, file: rel });
}

/** Resolves a site path to a built file, like a static host: dir -> dir/index.html. */
function fileFor(pathname) {
  if (!pathname.startsWith(base)) return null;
  const rel = decodeURIComponent(pathname.slice(base.length));
  const full = join(dir, rel);
  if (existsSync(full) && statSync(full).isFile()) return full;
  if (existsSync(join(full, 'index.html'))) return join(full, 'index.html');
  return null;
}

/** @param {string} d @returns {string[]} The Markdown files: page twins and llms files. */
function markdownFiles(d) {
  return readdirSync(d).flatMap((name) => {
    const full = join(d, name);
    if (statSync(full).isDirectory()) return markdownFiles(full);
    return /\.md$|^llms(-full)?\.txt$/.test(name) ? [full] : [];
  });
}

/** Every link and definition URL of a Markdown text. @param {string} text @returns {string[]} */
function markdownUrls(text) {
  const urls = [];
  const visit = (/** @type {any} */ node) => {
    if ((node.type === 'link' || node.type === 'definition') && typeof node.url === 'string') urls.push(node.url);
    for (const child of node.children ?? []) visit(child);
  };
  visit(unified().use(remarkParse).use(remarkGfm).parse(text));
  return urls;
}

const errors = [];
let checked = 0;
const decode = (s) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"');
/** Checks one link found in `file` (served at `path`). @param {string} raw @param {string} path @param {string} file */
function checkLink(raw, path, file) {
  if (raw === '' || /^(mailto:|tel:|data:|javascript:)/i.test(raw)) return;
  let url;
  try {
    url = new URL(raw, `${site}${path}`);
  } catch {
    errors.push(`${file}: malformed link "${raw}"`);
    return;
  }
  if (url.origin !== site) return; // leaves the site: not checked offline
  checked += 1;
  if (!url.pathname.startsWith(base)) {
    errors.push(`${file}: "${raw}" is outside the base path ${base}`);
    return;
  }
  const target = fileFor(url.pathname);
  if (!target) {
    errors.push(`${file}: "${raw}" points to a missing file`);
    return;
  }
  if (url.hash.length > 1) {
    const id = decodeURIComponent(url.hash.slice(1));
    const targetPage = pages.get(url.pathname);
    if (!targetPage) {
      errors.push(`${file}: "${raw}" has an anchor on a non-HTML target`);
    } else if (!targetPage.ids.has(id)) {
      errors.push(`${file}: "${raw}": no id "${id}" on ${targetPage.file}`);
    }
  }
}

for (const [path, page] of pages) {
  const attrs = [...page.html.matchAll(/<(?:a|link|script|img|source|use)\b[^>]*?\s(?:href|src)="([^"]*)"/g)];
  const metas = [...page.html.matchAll(/<meta\s[^>]*?property="og:(?:url|image)"[^>]*?content="([^"]*)"/g)];
  for (const m of [...attrs, ...metas]) checkLink(decode(m[1]), path, page.file);
}

const markdown = markdownFiles(dir);
for (const full of markdown) {
  const rel = relative(dir, full).split(sep).join('/');
  for (const raw of markdownUrls(readFileSync(full, 'utf8'))) checkLink(raw, `${base}${rel}`, rel);
}

if (errors.length > 0) {
  console.error(`${errors.length} broken link(s) in ${dir} (base ${base}):`);
  for (const e of errors) console.error(`  ${e}`);
  process.exit(1);
}
console.log(
  `Links: ${checked} internal links and anchors on ${pages.size} pages and ${markdown.length} Markdown files resolve (base ${base}).`,
);
