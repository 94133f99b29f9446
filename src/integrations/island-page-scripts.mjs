// @ts-check
/**
 * After the build, on pages with islands only: the inline module scripts (the page's deep
 * links, the search trigger and theme toggle, the islands' loader) become one file under
 * `_astro/`, bundled by esbuild (each script keeps its own scope and they run in page order),
 * named by the hash of its text and cached for a year, so that the HTML of these pages stays
 * within the first TCP flight and a reader going from page to page downloads it once. One
 * file, not one per script: every request costs its headers (a few hundred bytes here) on top
 * of the code.
 *
 * The page asks for it with one small inline module (`frameLoader`) that imports it once the
 * browser has painted the page's first content. Nothing the reader sees first waits for it:
 * with `<script type="module" src>`, Chromium fetched and ran the scripts before its first
 * paint whenever they arrived before the parser finished, and the first paint waited for that
 * work (on a phone's CPU, and in Lighthouse's simulation of one, a tenth of a second or more).
 * A page opened at a fragment (`#…`, a deep link or shared ticks) imports it at once, as
 * before: the scripts open and scroll to the target before the page is shown there.
 *
 * Content pages (no island) keep every script inline: they make no JavaScript request.
 * Must run before securityHeaders(), which then allows only the scripts left inline.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { htmlFiles } from '../../scripts/lib/built-files.ts';
import { elements, parseHtml, replaceElements, textOf } from '../../scripts/lib/html.ts';
import { normalizeBase } from '../lib/base-path.ts';

/** The file name of a script: its hash, so that a changed script is a new file. @param {string} code */
export const scriptFileName = (code) => `frame-${createHash('sha256').update(code).digest('hex').slice(0, 12)}.js`;

/**
 * One ES module that runs the given module scripts in order, each in its own scope (esbuild
 * renames what two of them both declare). Minified; the same scripts give the same text.
 * @param {readonly string[]} scripts
 * @returns {string}
 */
export function bundleModules(scripts) {
  const dir = mkdtempSync(join(tmpdir(), 'frame-'));
  try {
    scripts.forEach((code, i) => {
      writeFileSync(join(dir, `${i}.js`), code);
    });
    const result = buildSync({
      stdin: { contents: scripts.map((_, i) => `import './${i}.js';`).join('\n'), resolveDir: dir, loader: 'js' },
      bundle: true,
      format: 'esm',
      minify: true,
      write: false,
      legalComments: 'none',
      target: 'es2022',
      logLevel: 'silent',
    });
    return result.outputFiles[0]?.text.trim() ?? '';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Moves the inline module scripts of one page out: returns the new HTML and the file to write.
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
  const code = bundleModules(inline.map(textOf));
  const name = scriptFileName(code);
  files.set(name, code);
  const edits = inline.map((el, i) => ({
    el,
    html: i === 0 ? `<script type="module">${frameLoader(`${assetsUrl}${name}`)}</script>` : '',
  }));
  return { html: replaceElements(html, edits), files };
}

/**
 * The inline module that imports the frame's file: at once on a page opened at a fragment;
 * else when the browser reports its first contentful paint (Paint Timing), or after a second
 * at the latest (a browser without Paint Timing, or a tab opened in the background, which
 * paints nothing until it is shown).
 * @param {string} url
 */
export function frameLoader(url) {
  return `let d=0;const g=()=>{d++||import(${JSON.stringify(url)}).catch(()=>{})};if(location.hash.length>1)g();else{setTimeout(g,1e3);try{new PerformanceObserver(l=>{if(l.getEntriesByName('first-contentful-paint').length)setTimeout(g)}).observe({type:'paint',buffered:!0})}catch{}}`;
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
