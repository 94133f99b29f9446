#!/usr/bin/env node
/**
 * Serves the built site (dist/) like a static host would: directory indexes, the
 * localized 404 page with status 404, the headers from dist/_headers, optional gzip.
 * Used by `npm start`, by the end-to-end tests (on their own port) and by the benchmark.
 *
 *   node scripts/serve.mjs [--port 4321] [--host 127.0.0.1] [--dir dist] [--base /] [--gzip]
 *
 * It never reuses another server: if the port is taken it exits with an error.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { createGzip } from 'node:zlib';
import { normalizeBase } from '../src/lib/base-path.ts';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const port = Number(opt('port', process.env.PORT || '4321'));
const host = opt('host', '127.0.0.1');
const root = resolve(opt('dir', process.env.OUT_DIR || 'dist'));
const base = normalizeBase(opt('base', process.env.BASE_PATH || '/'));
const gzip = args.includes('--gzip');
const quiet = args.includes('--quiet');

if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pagefind': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.webmanifest', '.xml', '.txt', '.md', '.svg']);
/** llms.txt and llms-full.txt are Markdown, whatever their extension says. */
const typeOf = (file) =>
  /(^|[/\\])llms(-full)?\.txt$/.test(file) ? TYPES['.md'] : (TYPES[extname(file)] ?? 'application/octet-stream');

/** Rules of a Netlify/Cloudflare-style _headers file: [{ pattern: RegExp, headers: [name, value][] }]. */
function loadHeaderRules() {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const glob = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*');
      rules.push({ pattern: new RegExp(`^${glob}$`), headers: [] });
    } else if (rules.length > 0) {
      const [name, ...value] = line.trim().split(':');
      rules.at(-1).headers.push([name.trim(), value.join(':').trim()]);
    }
  }
  return rules;
}
const headerRules = loadHeaderRules();

function resolveFile(pathname) {
  const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
  const full = join(root, safe);
  if (!full.startsWith(root + sep) && full !== root) return null;
  if (existsSync(full) && statSync(full).isFile()) return full;
  const index = join(full, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

const server = createServer((req, res) => {
  let url;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    res.writeHead(400).end('Bad request');
    return;
  }
  let pathname;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    pathname = '/__invalid__';
  }
  const inBase = pathname.startsWith(base) || `${pathname}/` === base;
  const rel = inBase ? pathname.slice(base.length - 1) : null;
  let status = 200;
  let file = rel === null ? null : resolveFile(rel);
  // A directory without its trailing slash: redirect like static hosts do.
  if (file && !pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathname.endsWith('.html')) {
    res.writeHead(301, { Location: `${pathname}/${url.search}` }).end();
    return;
  }
  if (!file) {
    status = 404;
    // A language's own 404 page where its folder has one (zh-cn/404.html), else the default one.
    const folder = rel?.split('/')[1] ?? '';
    const local = /^[a-z]{2,3}(-[a-z0-9]+)*$/.test(folder) ? join(root, folder, '404.html') : null;
    file = local && existsSync(local) ? local : join(root, '404.html');
  }
  const ext = extname(file);
  const headers = { 'Content-Type': typeOf(file) };
  for (const rule of headerRules) {
    if (rule.pattern.test(pathname)) for (const [k, v] of rule.headers) headers[k] = v;
  }
  const accepts = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  if (gzip && accepts && COMPRESSIBLE.has(ext)) {
    headers['Content-Encoding'] = 'gzip';
    headers.Vary = 'Accept-Encoding';
    res.writeHead(status, headers);
    if (req.method === 'HEAD') return res.end();
    createReadStream(file)
      .pipe(createGzip({ level: 9 }))
      .pipe(res);
    return;
  }
  headers['Content-Length'] = statSync(file).size;
  res.writeHead(status, headers);
  if (req.method === 'HEAD') return res.end();
  createReadStream(file).pipe(res);
});

server.on('error', (err) => {
  console.error(
    `Cannot serve on http://${host}:${port}/: ${err.code === 'EADDRINUSE' ? 'the port is already in use' : err.message}`,
  );
  process.exit(1);
});
server.listen(port, host, () => {
  if (!quiet) console.log(`Serving ${root} at http://${host}:${port}${base}  (Ctrl+C to stop)`);
});
