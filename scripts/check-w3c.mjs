#!/usr/bin/env node
/**
 * The W3C Nu HTML Checker (vnu.jar, from the npm package `vnu-jar`) over every built page:
 * every HTML file of the directory, its inline CSS and SVG included. Fails on any error.
 * It needs a Java runtime (17 or later): `java` on PATH, or JAVA_HOME.
 *
 *   node scripts/check-w3c.mjs [--dir dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { htmlFiles } from './lib/built-files.ts';

const args = process.argv.slice(2);
const i = args.indexOf('--dir');
const dir = i >= 0 && args[i + 1] ? args[i + 1] : 'dist';
if (!existsSync(join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}. Run "npm run build" first.`);
  process.exit(1);
}
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build', 'dist', 'vnu.jar');
const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
if (probe.error || probe.status !== 0) {
  console.error(
    'The W3C Nu HTML Checker needs a Java runtime (17 or later) and none was found: install one with ' +
      '"sudo apt-get install default-jre-headless" (Debian/Ubuntu), or set JAVA_HOME.',
  );
  process.exit(1);
}

const files = htmlFiles(dir).map((file) => join(dir, file));
const r = spawnSync(java, ['-jar', jar, '--errors-only', '--also-check-css', '--also-check-svg', ...files], {
  stdio: 'inherit',
});
if (r.status !== 0) {
  console.error(`The W3C Nu HTML Checker found errors in ${dir} (listed above).`);
  process.exit(1);
}
console.log(`W3C Nu HTML Checker: ${files.length} pages in ${dir}, 0 errors.`);
