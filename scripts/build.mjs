#!/usr/bin/env node
/**
 * Builds the site (astro build), honouring BASE_PATH, SITE_URL and OUT_DIR, then indexes it
 * for search with Pagefind (one index per <html lang>, only the <main data-pagefind-body>
 * of each guide page). The index lives in <out>/pagefind/ and is loaded only when a person
 * opens search. Pagefind's own UI bundles are removed: the site has its own search UI.
 * Then writes each guide page's Markdown twin, llms.txt and llms-full.txt
 * (scripts/markdown-twins.mjs, run by the project's Node on PATH, which reads TypeScript).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, rmSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const env = {
  ...process.env,
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${resolve('node_modules/.bin')}${delimiter}${process.env.PATH}`,
};
const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  if (r.error) throw r.error;
  if (r.status !== 0) process.exit(r.status || 1);
};
const outDir = process.env.OUT_DIR || 'dist';

run('astro', ['build']);
run('pagefind', ['--site', outDir, '--output-subdir', 'pagefind']);
run('node', ['scripts/markdown-twins.mjs', '--dir', outDir]);

const UNUSED = /^pagefind-(component-ui|modular-ui|ui|highlight)\.(js|css)$/;
const bundle = join(outDir, 'pagefind');
for (const name of readdirSync(bundle)) {
  if (UNUSED.test(name)) rmSync(join(bundle, name));
}
