// @ts-check
/**
 * After the build, on pages with islands only: the inline module scripts (the page's deep
 * links, the search trigger, the islands' loader) move into files of their own under
 * `_astro/`, named by the hash of their text and cached for a year, and the page loads them
 * with `<script type="module" src>`. A module script, inline or not, runs after the page is
 * parsed and never blocks rendering, so nothing changes for the reader but the bytes: the
 * HTML of these pages stays within the first TCP flight, and a reader going from page to page
 * downloads those scripts once.
 *
 * Content pages (no island) keep every script inline: they make no JavaScript request.
 * Must run before securityHeaders(), which then allows only the scripts left inline.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

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
  if (!html.includes('data-island=')) return { html, files };
  const out = html.replace(/<script type="module">([\s\S]*?)<\/script>/g, (_whole, code) => {
    const name = scriptFileName(code);
    files.set(name, code);
    return `<script type="module" src="${assetsUrl}${name}"></script>`;
  });
  return { html: out, files };
}

/** @returns {import('astro').AstroIntegration} */
export function islandPageScripts() {
  let base = '/';
  let assetsDir = '_astro';
  return {
    name: 'island-page-scripts',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        assetsDir = config.build.assets;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        mkdirSync(join(out, assetsDir), { recursive: true });
        for (const file of htmlFiles(out)) {
          const { html, files } = externalizeModuleScripts(readFileSync(file, 'utf8'), `${base}${assetsDir}/`);
          if (files.size === 0) continue;
          for (const [name, code] of files) writeFileSync(join(out, assetsDir, name), code);
          writeFileSync(file, html);
        }
      },
    },
  };
}
