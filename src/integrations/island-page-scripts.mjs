// @ts-check
/**
 * After the build, on pages with islands only: the inline module scripts (the page's deep
 * links, the search trigger, the islands' loader) move into files of their own under
 * `_astro/`, named by the hash of their text and cached for a year, and the page loads them
 * with `<script type="module" src fetchpriority="low">`. A module script, inline or not, runs
 * after the page is parsed and never blocks rendering, so nothing changes for the reader but
 * the bytes: the HTML of these pages stays within the first TCP flight, and a reader going
 * from page to page downloads those scripts once. Chromium fetches a module script at high
 * priority, beside what the first paint needs (and Lighthouse's simulation then counts it
 * before the first paint); low priority says what it is: nothing the first paint waits for.
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
  const edits = inline.map((el) => {
    const code = textOf(el);
    const name = scriptFileName(code);
    files.set(name, code);
    return { el, html: `<script type="module" src="${assetsUrl}${name}" fetchpriority="low"></script>` };
  });
  return { html: replaceElements(html, edits), files };
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
