#!/usr/bin/env node
/**
 * Checks every link of a built site with linkinator, offline:
 * - every page of the directory (all `.html` files, and the `.md` files when there are any)
 *   is a starting point, so pages no link reaches (the 404 pages) are checked too;
 * - linkinator serves the directory on a loopback port under the base path (a `/guide/`
 *   build is served at `/guide/` and nothing else, so a root-relative link that escapes the
 *   base is a broken link), follows every link to the site itself (a, link, script, img,
 *   source, srcset, `<meta content>` URLs such as og:url and og:image, URLs in JSON-LD) and
 *   checks every `#fragment` against the ids of its target page;
 * - absolute links to the site's own origin (canonical, hreflang, og:url, JSON-LD) are
 *   rewritten to the local server and checked the same way;
 * - links to other origins are only checked for syntax (a malformed URL is broken): nothing
 *   leaves the machine. `mailto:`, `tel:` and `data:` links are not followed.
 * Markdown files are rendered by linkinator (GitHub-style heading ids) and their links and
 * fragments checked like a page's; `--markdown` forces it, `--no-markdown` turns it off.
 * The one case linkinator does not read, SVG `<use href>`, is checked here (file and id).
 *
 *   node scripts/check-links.mjs --dir dist --base / [--site https://example.org]
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LinkChecker, LinkState } from 'linkinator';
import { normalizeBase, stripBase } from '../src/lib/base-path.ts';
import { builtFiles, fileOfPath, htmlFiles } from './lib/built-files.ts';
import { elements, idsOf, parseHtml } from './lib/html.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dir = resolve(opt('dir', 'dist'));
const base = normalizeBase(opt('base', '/'));
const site = new URL(opt('site', process.env.SITE_URL || 'https://hwcloud-intl-guide.example.org')).origin;
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}. Run "npm run build" first.`);
  process.exit(1);
}

const html = htmlFiles(dir);
const md = builtFiles(dir, '.md');
const markdown = args.includes('--no-markdown') ? false : args.includes('--markdown') || md.length > 0;
const starts = [...html, ...(markdown ? md : [])].sort();

/** A free loopback port, so that the site's own origin can be rewritten to it. */
const freePort = () =>
  new Promise((resolvePort, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });

// The server root holds the build at its base path, and nothing else.
let root = dir;
let tmp = null;
if (base !== '/') {
  tmp = mkdtempSync(join(tmpdir(), 'links-'));
  const parts = base.split('/').filter(Boolean);
  const parent = join(tmp, ...parts.slice(0, -1));
  mkdirSync(parent, { recursive: true });
  symlinkSync(dir, join(parent, parts.at(-1) ?? ''), 'dir');
  root = tmp;
}
const port = await freePort();
const local = `http://127.0.0.1:${port}`;
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const checker = new LinkChecker();
let result;
try {
  result = await checker.check({
    path: starts.map((f) => `${base.slice(1)}${f}`),
    serverRoot: root,
    port,
    recurse: true,
    checkFragments: true,
    markdown,
    concurrency: 8,
    timeout: 10_000,
    redirects: 'allow',
    urlRewriteExpressions: [{ pattern: new RegExp(`^${escapeRegex(site)}(?=/|$)`), replacement: local }],
    // Other origins are skipped: linkinator has parsed them already (a malformed URL is
    // reported as broken), which is all that is checked of them offline.
    linksToSkip: async (link) => !link.startsWith(`${local}/`) && !link.startsWith(`${site}/`),
  });
} finally {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
}

/** Where a link points, as a path of the site (linkinator reports them relative to its server root). */
/**
 * SVG `<use href>` references, which linkinator does not follow: each must name a file of the
 * build (or the page itself) and an id on it. @returns {string[]} the broken ones
 */
function brokenUseReferences() {
  const found = [];
  /** @type {Map<string, Set<string>>} */
  const idsByFile = new Map();
  /** @param {string} file @returns {Set<string>} */
  const ids = (file) => {
    const known = idsByFile.get(file);
    if (known) return known;
    const found = idsOf(readFileSync(join(dir, file), 'utf8'));
    idsByFile.set(file, found);
    return found;
  };
  for (const page of html) {
    const doc = parseHtml(readFileSync(join(dir, page), 'utf8'));
    for (const use of elements(doc, 'use')) {
      const ref = use.attribs.href ?? use.attribs['xlink:href'];
      if (!ref) continue;
      const url = new URL(ref, `${local}${base}${page}`);
      const rel = url.origin === local ? stripBase(base, url.pathname) : null;
      const target = rel === null ? null : fileOfPath(dir, rel);
      let id = null;
      try {
        id = decodeURIComponent(url.hash.slice(1));
      } catch {}
      if (!target || id === null || (id && !ids(target).has(id))) found.push(`${base}${page}: <use href="${ref}">`);
    }
  }
  return found;
}

const shown = (url) => {
  const u = url.replace(local, '');
  return /^[a-z][a-z0-9+.-]*:|^\//i.test(u) ? u : `/${u}`;
};
const broken = result.links.filter((l) => l.state === LinkState.BROKEN);
const checked = result.links.filter((l) => l.state === LinkState.OK).length;
const brokenUses = brokenUseReferences();
if (broken.length > 0 || brokenUses.length > 0) {
  console.error(`${broken.length + brokenUses.length} broken link(s) in ${dir} (base ${base}):`);
  for (const u of brokenUses) console.error(`  ${u} (no such file or id)`);
  for (const l of broken) {
    const why = (l.failureDetails ?? [])
      .map((d) => (d instanceof Error ? d.message : `HTTP ${d.status ?? '?'}`))
      .filter(Boolean)
      .join('; ');
    console.error(
      `  ${shown(l.parent ?? '?')}: "${shown(l.url)}" (${l.status || 'no response'}${why ? `: ${why}` : ''})`,
    );
  }
  process.exit(1);
}
console.log(
  `Links (linkinator): ${checked} links and anchors from ${starts.length} pages${markdown ? ` (${md.length} Markdown)` : ''} resolve (base ${base}); links to other origins checked for syntax only.`,
);
