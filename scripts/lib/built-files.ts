/**
 * The files of a build folder (dist, dist-base), one place for the build's integrations and
 * scripts and the built-site tests: list them, turn a file into the site path it is served at
 * and back, read one page by its path. Paths of files are relative to the folder with "/"
 * separators ("zh-cn/faq/index.html"); site paths are without the base ("zh-cn/faq/",
 * "404.html", "" for the overview).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under `dir` whose name ends with one of `endings` (all files without), sorted. */
export function builtFiles(dir: string, ...endings: string[]): string[] {
  const found: string[] = [];
  const visit = (rel: string) => {
    for (const name of readdirSync(join(dir, rel))) {
      const file = rel === '' ? name : `${rel}/${name}`;
      if (statSync(join(dir, file)).isDirectory()) visit(file);
      else if (endings.length === 0 || endings.some((e) => name.endsWith(e))) found.push(file);
    }
  };
  visit('');
  return found.sort();
}

/** Every HTML page of a build ("index.html", "zh-cn/faq/index.html", "404.html"), sorted. */
export const htmlFiles = (dir: string): string[] => builtFiles(dir, '.html');

/** The site path a built file is served at: "zh-cn/faq/index.html" -> "zh-cn/faq/", "404.html" stays. */
export function sitePathOf(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/**
 * The built file a site path points to ("zh-cn/faq/" or "/zh-cn/faq/" -> "zh-cn/faq/index.html",
 * "404.html"), or null when the build has no such file. The path is read as a URL path
 * (percent-escapes decoded).
 */
export function fileOfPath(dir: string, path: string): string | null {
  let rel: string;
  try {
    rel = decodeURIComponent(path.split(/[?#]/)[0] ?? '').replace(/^\/+/, '');
  } catch {
    return null;
  }
  if (rel.split('/').includes('..')) return null;
  for (const candidate of [rel, rel === '' || rel.endsWith('/') ? `${rel}index.html` : `${rel}/index.html`]) {
    if (candidate === '' || candidate.endsWith('/')) continue;
    const full = join(dir, candidate);
    if (existsSync(full) && statSync(full).isFile()) return candidate;
  }
  return null;
}

/** The text of a built page by its site path ("/zh-cn/faq/", "/404.html"); throws when there is none. */
export function readPage(dir: string, path: string): string {
  const file = fileOfPath(dir, path);
  if (file === null) throw new Error(`No built page for ${path} in ${dir}`);
  return readFileSync(join(dir, file), 'utf8');
}
