// @ts-check
/**
 * The benchmark's copy of the Starlight reference project (scripts/bench.mjs): the project is
 * copied into a folder of the benchmark's own (it is never written to), without what a build
 * leaves there, and given the guide's English pages to build. Its own script (from-guide.mjs),
 * npm ci and the build run in the bench.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What a copy leaves out: installed packages and build output, wherever they are. */
const LEFT_OUT = /(^|[/\\])(node_modules|dist|\.astro)([/\\]|$)/;

/**
 * Copies the reference project from `source` into `work` (an empty folder).
 * @param {string} source
 * @param {string} work
 * @returns {string | null} why it cannot be used, or null
 */
export function copyStarlightReference(source, work) {
  if (!existsSync(join(source, 'from-guide.mjs')) || !existsSync(join(source, 'package.json'))) {
    return `${source} is not the Starlight reference project (no from-guide.mjs and package.json)`;
  }
  cpSync(source, work, { recursive: true, filter: (p) => !LEFT_OUT.test(relative(source, p)) });
  return null;
}

/**
 * Writes the guide's pages (`.mdx` files of `from`) into `to` for from-guide.mjs, which turns
 * the guide's components into Starlight's and drops the islands it knows. It predates the link
 * check: that tag is dropped here, like the other islands (the Starlight pages then carry less
 * than the guide's, which counts against the guide).
 * @param {string} from
 * @param {string} to
 * @returns {string[]} the names of the pages written
 */
export function writeGuidePages(from, to) {
  mkdirSync(to, { recursive: true });
  const names = readdirSync(from).filter((f) => f.endsWith('.mdx'));
  for (const name of names) {
    const text = readFileSync(join(from, name), 'utf8');
    writeFileSync(join(to, name), text.replace(/^<LinkCheck\b[^>]*\/>\s*$/gm, ''));
  }
  return names;
}
