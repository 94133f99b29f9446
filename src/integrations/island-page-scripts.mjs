// @ts-check
/**
 * After the build, on pages with islands only: the inline module scripts (the page's deep
 * links, the search trigger, the islands' loader) move into files of their own under
 * `_astro/`, named by the hash of their text and cached for a year, so that the HTML of these
 * pages stays within the first TCP flight and a reader going from page to page downloads
 * those scripts once.
 *
 * The page asks for them with one small inline module (`frameLoader`) that imports them once
 * the first frame is painted. Nothing the reader sees first waits for them: with
 * `<script type="module" src>`, Chromium fetched and ran them before its first paint
 * whenever they arrived before the parser finished, and the first paint waited for that
 * work (on a phone's CPU, and in Lighthouse's simulation of one, a tenth of a second or
 * more). A page opened at a fragment (`#…`, a deep link or shared ticks) imports them at
 * once, as before: they open and scroll to the target before the page is shown there.
 *
 * Content pages (no island) keep every script inline: they make no JavaScript request.
 * Must run before securityHeaders(), which then allows only the scripts left inline.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles } from '../../scripts/lib/built-files.ts';
import { elements, parseHtml, replaceElements, textOf } from '../../scripts/lib/html.ts';
import { normalizeBase } from '../lib/base-path.ts';

/** The file name of a script: its hash, so that a changed script is a new file. @param {string} code */
export const scriptFileName = (code) => `frame-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;

/**
 * Moves the inline module scripts of one page out: returns the new HTML and the files to write.
 * Pages without an island are returned unchanged.
 * @param {string} html @param {string} assetsUrl where the files are served, e.g. "/_astro/"
 * @returns {{ html: string, files: Map<string, string> }}
 */
export function externalizeModuleScripts(html, assetsUrl) {
  /** @type {Map<string, string>} */
  const files = new Map();
  const doc = parseHtml(html);
  if (elements(doc, (el) => el.attribs['data-island'] !== undefined).length === 0) return { html, files };
  // Inline module scripts: type="module" and no other attribute.
  const inline = elements(
    doc,
    (el) => el.name === 'script' && el.attribs.type === 'module' && Object.keys(el.attribs).length === 1,
  );
  if (inline.length === 0) return { html, files };
  const urls = inline.map((el) => {
    const code = textOf(el);
    const name = scriptFileName(code);
    files.set(name, code);
    return `${assetsUrl}${name}`;
  });
  const edits = inline.map((el, i) => ({
    el,
    html: i === 0 ? `<script type="module">${frameLoader(urls)}</script>` : '',
  }));
  return { html: replaceElements(html, edits), files };
}

/**
 * The inline module that imports the frame's files: at once on a page opened at a fragment;
 * else when the browser reports its first contentful paint (Paint Timing), or after a second
 * at the latest (a browser without Paint Timing, or a tab opened in the background, which
 * paints nothing until it is shown).
 * @param {readonly string[]} urls
 */
export function frameLoader(urls) {
  return `let d=0;const g=()=>{if(d++)return;for(const u of ${JSON.stringify(urls)})import(u).catch(()=>{})};if(location.hash.length>1)g();else{setTimeout(g,1e3);try{new PerformanceObserver(l=>{if(l.getEntriesByName('first-contentful-paint').length)setTimeout(g)}).observe({type:'paint',buffered:!0})}catch{}}`;
}

/** @returns {import('astro').AstroIntegration} */
export function islandPageScripts() {
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'island-page-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
        assetsDir = config.build.assets;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        mkdirSync(join(out, assetsDir), { recursive: true });
        for (const file of htmlFiles(out).map((rel) => join(out, rel))) {
          const { html, files } = externalizeModuleScripts(readFileSync(file, 'utf8'), `${base}${assetsDir}/`);
          if (files.size === 0) continue;
          for (const [name, code] of files) writeFileSync(join(out, assetsDir, name), code);
          writeFileSync(file, html);
        }
      },
    },
  };
}
