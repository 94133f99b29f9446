#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure.
 * lint/format -> astro check -> unit tests -> sites with known faults (checkers, a bad content
 * component prop that must fail an Astro build) -> build (with the search index) -> built-site tests
 * (facts, ids, meta, JSON-LD, sitemap, search index) -> HTML validity (html-validate and the W3C
 * Nu HTML Checker) -> links and anchors (linkinator) -> the same for a sub-path build (W3C, links,
 * meta tags) -> a pseudo-locale test build (en-xa, never deployed: links, its pages, the frame's
 * browser tests on it) -> browser tests on the preview server -> browser tests on nginx, for both
 * builds.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';
import { findChromium, NO_BROWSER_MESSAGE } from './browser.mjs';

const browser = findChromium();
if (!browser) {
  console.error(NO_BROWSER_MESSAGE);
  process.exit(1);
}

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}`,
};
delete env.BASE_PATH;
delete env.OUT_DIR;
delete env.SITE_URL;
delete env.PSEUDO_LOCALE;
/** The second build: under a sub-path and another origin, as a deployment might use. */
const SUB_PATH = { BASE_PATH: '/guide/', OUT_DIR: 'dist-base', SITE_URL: 'https://example.org', REPOSITORY_URL: '' };
/** The main build names a repository, so the "Report a problem" link is tested; the sub-path build names none. */
const MAIN = { REPOSITORY_URL: 'https://github.com/example/hwcloud-intl-guide' };
/** The test build with the generated pseudo-locale en-xa (src/features/pseudo-locale/). */
const PSEUDO = { PSEUDO_LOCALE: '1', OUT_DIR: 'dist-pseudo', REPOSITORY_URL: '' };
const steps = [
  ['lint and format', 'biome', ['check', '.']],
  ['types (astro check)', 'astro', ['check']],
  ['unit tests', 'node', ['--test', 'tests/unit/**/*.test.ts', 'src/features/**/*.test.ts']],
  [
    'the checkers on sites with known faults (links, W3C; a content component prop)',
    'node',
    ['--test', 'tests/tools/**/*.test.ts'],
  ],
  ['build', 'node', ['scripts/build.mjs'], MAIN],
  ['built-site tests', 'node', ['--test', 'tests/dist/**/*.test.ts'], MAIN],
  ['HTML validity (html-validate)', 'html-validate', ['dist/**/*.html']],
  ['HTML validity (W3C Nu HTML Checker, base /)', 'node', ['scripts/check-w3c.mjs', '--dir', 'dist']],
  ['links and anchors (linkinator, base /)', 'node', ['scripts/check-links.mjs', '--dir', 'dist', '--base', '/']],
  ['build under /guide/', 'node', ['scripts/build.mjs'], SUB_PATH],
  ['HTML validity (W3C Nu HTML Checker, base /guide/)', 'node', ['scripts/check-w3c.mjs', '--dir', 'dist-base']],
  [
    'links and anchors (linkinator, base /guide/)',
    'node',
    ['scripts/check-links.mjs', '--dir', 'dist-base', '--base', '/guide/'],
    SUB_PATH,
  ],
  [
    'meta tags, sitemap, JSON-LD, Markdown twins, no report link (base /guide/)',
    'node',
    [
      '--test',
      'tests/dist/seo.test.ts',
      'tests/dist/markdown.test.ts',
      'tests/dist/report-link.test.ts',
      'tests/dist/pseudo-locale.test.ts',
    ],
    SUB_PATH,
  ],
  ['pseudo-locale test build (en-xa, not deployed)', 'node', ['scripts/build.mjs'], PSEUDO],
  [
    'links and anchors (linkinator, pseudo-locale build)',
    'node',
    ['scripts/check-links.mjs', '--dir', 'dist-pseudo', '--base', '/'],
    PSEUDO,
  ],
  ['pseudo-locale pages (built-site test)', 'node', ['--test', 'tests/dist/pseudo-locale.test.ts'], PSEUDO],
  [
    'frame browser tests on the pseudo-locale build',
    'playwright',
    ['test', '-c', 'playwright.pseudo.config.ts'],
    PSEUDO,
  ],
  ['browser tests (preview server)', 'playwright', ['test']],
  ['nginx configuration', 'node', ['--test', 'tests/server/**/*.test.ts']],
  ['browser tests on nginx (/ and /guide/)', 'playwright', ['test', '-c', 'playwright.nginx.config.ts']],
];

let passed = 0;
const started = Date.now();
for (const [name, cmd, args, extraEnv] of steps) {
  console.log(`\n▶ ${name}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  if (r.error) console.error(r.error.message);
  const secs = ((Date.now() - t0) / 1000).toFixed(1);
  if (r.status !== 0) {
    console.error(`\n✗ ${name} failed after ${secs}s.`);
    console.log(`\nsteps: ${passed} passed, 1 failed`);
    process.exit(r.status || 1);
  }
  console.log(`✓ ${name} (${secs}s)`);
  passed += 1;
}
rmSync('dist-base', { recursive: true, force: true });
rmSync('dist-pseudo', { recursive: true, force: true });
// The pseudo-locale's generated pages (the next build without it would remove them too).
rmSync('src/content/docs/en-xa', { recursive: true, force: true });
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)}s (browser: ${browser.source}).`);
console.log(`steps: ${passed} passed, 0 failed`);
