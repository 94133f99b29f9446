#!/usr/bin/env node
// @ts-check
/**
 * Serves a build with nginx and the project's own configuration (deploy/nginx.conf, filled
 * by scripts/nginx-conf.mjs), as an unprivileged process on a loopback port: its prefix, pid
 * file, logs and temporary folders live in a new temporary folder, removed on exit. Used by
 * the browser tests against nginx (playwright.nginx.config.ts).
 *
 *   node scripts/nginx.mjs --dir dist [--base /] [--port 4401]
 *
 * A build under a sub-path (--base /guide/) is served at that path and nothing else.
 * Run as root (as in CI), nginx is started as the user "nobody" when that user can read the
 * build, so that the server never runs with privileges. Exits with an error when nginx is
 * not installed or the configuration does not load.
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { baseOf, nginxConfig, parseHeaders, TEMPLATE } from './nginx-conf.mjs';

const args = process.argv.slice(2);
/** @param {string} name @param {string} fallback @returns {string} */
const opt = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return (i >= 0 && args[i + 1]) || fallback;
};
const dir = resolve(opt('dir', 'dist'));
const port = Number(opt('port', process.env.NGINX_PORT || '4401'));
if (!existsSync(join(dir, 'index.html')) || !existsSync(join(dir, '_headers'))) {
  console.error(`No built site in ${dir}. Run "npm run build" first.`);
  process.exit(1);
}
const rules = parseHeaders(readFileSync(join(dir, '_headers'), 'utf8'));
const base = opt('base', baseOf(rules));

/** NGINX_BIN when set, else nginx on PATH or where Debian puts it (/usr/sbin is not on every user's PATH). */
function findNginx() {
  const candidates = process.env.NGINX_BIN ? [process.env.NGINX_BIN] : ['nginx', '/usr/sbin/nginx'];
  for (const candidate of candidates) {
    const r = spawnSync(/** @type {string} */ (candidate), ['-v'], { encoding: 'utf8' });
    if (!r.error && r.status === 0) return { bin: /** @type {string} */ (candidate), version: r.stderr.trim() };
  }
  return null;
}
const nginx = findNginx();
if (!nginx) {
  console.error(
    'nginx is not installed, so the browser tests against nginx cannot run. Install it with ' +
      '"sudo apt-get install nginx" (Debian/Ubuntu; .ci/run does this), or set NGINX_BIN to its path.',
  );
  process.exit(1);
}

const NOBODY = 65534;
const asRoot = process.getuid?.() === 0;
/** Whether the user "nobody" can read the build (every folder above it must be searchable). */
const nobodyCanRead = () =>
  spawnSync('test', ['-r', join(dir, 'index.html'), '-a', '-x', dir], { uid: NOBODY, gid: NOBODY }).status === 0;
const dropPrivileges = asRoot && nobodyCanRead();

// One folder per port: a run that was killed outright (SIGKILL) leaves at most this one behind,
// and the next run on the port starts afresh.
const tmp = join(tmpdir(), `guide-nginx-${port}`);
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { mode: 0o700 });
let root = dir;
if (base !== '/') {
  // The root holds the build at its base path, and nothing else.
  const parts = base.split('/').filter(Boolean);
  root = join(tmp, 'www');
  const parent = join(root, ...parts.slice(0, -1));
  mkdirSync(parent, { recursive: true });
  symlinkSync(dir, join(parent, parts.at(-1) ?? ''), 'dir');
}
for (const d of ['logs', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(tmp, d));
const site = nginxConfig({
  template: readFileSync(TEMPLATE, 'utf8'),
  rules,
  base,
  root,
  listen: `127.0.0.1:${port}`,
  serverName: 'localhost',
});
writeFileSync(join(tmp, 'site.conf'), site);
writeFileSync(
  join(tmp, 'nginx.conf'),
  [
    '# Written by scripts/nginx.mjs for one test run; the site itself is site.conf.',
    'worker_processes 1;',
    `pid ${join(tmp, 'nginx.pid')};`,
    `error_log ${join(tmp, 'logs', 'error.log')} warn;`,
    // Root only: keep the workers as root only when "nobody" cannot read the build.
    ...(asRoot && !dropPrivileges ? ['user root;'] : []),
    'events { worker_connections 256; }',
    'http {',
    '    access_log off;',
    '    sendfile on;',
    `    client_body_temp_path ${join(tmp, 'client_body')};`,
    `    proxy_temp_path ${join(tmp, 'proxy')};`,
    `    fastcgi_temp_path ${join(tmp, 'fastcgi')};`,
    `    uwsgi_temp_path ${join(tmp, 'uwsgi')};`,
    `    scgi_temp_path ${join(tmp, 'scgi')};`,
    '    include site.conf;',
    '}',
    '',
  ].join('\n'),
);
const ids = dropPrivileges ? { uid: NOBODY, gid: NOBODY } : {};
if (dropPrivileges) {
  chmodSync(tmp, 0o755);
  for (const d of ['', 'logs', 'client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    chownSync(join(tmp, d), NOBODY, NOBODY);
}
const cli = ['-p', `${tmp}/`, '-c', join(tmp, 'nginx.conf'), '-e', join(tmp, 'logs', 'error.log')];

const cleanup = () => rmSync(tmp, { recursive: true, force: true });
const test = spawnSync(nginx.bin, [...cli, '-t', '-q'], { encoding: 'utf8', ...ids });
if (test.status !== 0) {
  console.error(`nginx refused the configuration (${tmp}/site.conf):\n${test.stderr}`);
  cleanup();
  process.exit(1);
}

const server = spawn(nginx.bin, [...cli, '-g', 'daemon off;'], { stdio: ['ignore', 'inherit', 'inherit'], ...ids });
console.log(
  `${nginx.version}: serving ${dir} at http://127.0.0.1:${port}${base}${dropPrivileges ? ' as nobody' : ''} (config in ${tmp})`,
);
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  server.kill('SIGQUIT');
  setTimeout(() => server.kill('SIGKILL'), 3000).unref();
};
for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])) process.on(signal, stop);
server.on('exit', (code, signal) => {
  if (!stopping) {
    const log = join(tmp, 'logs', 'error.log');
    console.error(`nginx stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
    if (existsSync(log)) console.error(readFileSync(log, 'utf8'));
    cleanup();
    process.exit(1);
  }
  cleanup();
  process.exit(0);
});
