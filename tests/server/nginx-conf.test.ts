/**
 * The nginx configuration: how scripts/nginx-conf.mjs turns `_headers` into nginx maps, and
 * how nginx then serves a small site made here (Markdown and text types, compression, the two
 * 404 pages, headers), started by scripts/nginx.mjs exactly as the browser tests start it.
 */
import assert from 'node:assert/strict';
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { baseOf, mapKey, nginxConfig, parseHeaders, TEMPLATE } from '../../scripts/nginx-conf.mjs';

const template = readFileSync(TEMPLATE, 'utf8');
const HEADERS = `/*
  X-Content-Type-Options: nosniff
/
  Content-Security-Policy: default-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'
  Cache-Control: public, max-age=300, must-revalidate
/404.html
  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'
/zh-cn/404.html
  Content-Security-Policy: default-src 'none'; style-src 'self'; frame-ancestors 'none'
/_astro/*
  Cache-Control: public, max-age=31536000, immutable
/v1.0/*
  Cache-Control: no-store
`;

describe('nginx-conf: from _headers to nginx', () => {
  test('parses rules and their headers, values with colons kept whole', () => {
    const rules = parseHeaders(HEADERS);
    assert.equal(rules.length, 6);
    assert.deepEqual(rules[0], { path: '/*', headers: [['X-Content-Type-Options', 'nosniff']] });
    assert.deepEqual(rules[1]?.headers[1], ['Cache-Control', 'public, max-age=300, must-revalidate']);
    assert.throws(() => parseHeaders('  X-Orphan: 1\n'), /outside a rule/);
  });

  test('map keys are the files nginx serves: a folder is its index.html, a glob a prefix', () => {
    assert.equal(mapKey('/faq/'), '"/faq/index.html"');
    assert.equal(mapKey('/404.html'), '"/404.html"');
    assert.equal(mapKey('/guide/_astro/*'), '"~^/guide/_astro/"');
    // In an nginx string "\\" is one backslash: the regex is ~^/a\.b/ (a literal dot).
    assert.equal(mapKey('/a.b/*'), '"~^/a\\\\.b/"');
  });

  test('the base comes from the broadest rule', () => {
    assert.equal(baseOf(parseHeaders(HEADERS)), '/');
    assert.equal(baseOf(parseHeaders('/guide/_astro/*\n  A: 1\n/guide/*\n  B: 2\n')), '/guide/');
  });

  test('headers for every path are added as they are, the others through one map per header', () => {
    const conf = nginxConfig({
      template,
      rules: parseHeaders(HEADERS),
      base: '/',
      root: '/srv/site',
      listen: '8080',
      serverName: 'x',
    });
    assert.match(conf, /add_header X-Content-Type-Options "nosniff" always;/);
    assert.match(conf, /add_header Content-Security-Policy \$guide_content_security_policy always;/);
    assert.match(conf, /add_header Cache-Control \$guide_cache_control always;/);
    assert.match(
      conf,
      /map \$uri \$guide_content_security_policy \{\n {4}default "";\n {4}"\/index.html" "default-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'";/,
    );
    assert.match(conf, /"~\^\/_astro\/" "public, max-age=31536000, immutable";/);
    assert.match(conf, /listen 8080;/);
    assert.match(conf, /root \/srv\/site;/);
    assert.match(conf, /text\/markdown +md;/);
    assert.match(conf, /charset_types [^;]*text\/markdown/);
    assert.match(conf, /location \^~ \/zh-cn\/ \{\n {8}error_page 404 \/zh-cn\/404.html;/);
    assert.doesNotMatch(conf, /\{\{/);
  });

  test('a sub-path build: every rule must be under the base, and pages are keyed with it', () => {
    const rules = parseHeaders('/guide/*\n  A: 1\n/guide/faq/\n  B: 2\n');
    const conf = nginxConfig({ template, rules, base: '/guide/', root: '/srv', listen: '80', serverName: '_' });
    assert.match(conf, /"\/guide\/faq\/index.html" "2";/);
    assert.match(conf, /error_page 404 \/guide\/404.html;/);
    assert.throws(
      () =>
        nginxConfig({
          template,
          rules: parseHeaders('/faq/\n  B: 2\n'),
          base: '/guide/',
          root: '/srv',
          listen: '80',
          serverName: '_',
        }),
      /outside the base path/,
    );
  });

  test('refuses what nginx would read differently: "$" in a value, an unknown placeholder', () => {
    assert.throws(
      () =>
        nginxConfig({
          template,
          rules: parseHeaders('/\n  X: a$b\n'),
          base: '/',
          root: '/',
          listen: '80',
          serverName: '_',
        }),
      /may not contain "\$"/,
    );
    assert.throws(
      () => nginxConfig({ template: '{{NOPE}}', rules: [], base: '/', root: '/', listen: '80', serverName: '_' }),
      /unknown placeholder/,
    );
    const quoted = nginxConfig({
      template: '{{HEADERS}}',
      rules: parseHeaders('/*\n  X: say "hi"\n'),
      base: '/',
      root: '/',
      listen: '80',
      serverName: '_',
    });
    assert.equal(quoted, '    add_header X "say \\"hi\\"" always;');
  });
});

/** A free loopback port. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });

/** Starts scripts/nginx.mjs and resolves once it answers. */
async function serve(dir: string, port: number, base = '/'): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['scripts/nginx.mjs', '--dir', dir, '--base', base, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  for (let i = 0; i < 100; i++) {
    try {
      await fetch(`http://127.0.0.1:${port}${base}`);
      return child;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  child.kill();
  throw new Error('nginx did not start');
}

describe('nginx serves a small site with the project configuration', () => {
  let site = '';
  let port = 0;
  let server: ChildProcess | undefined;
  const url = (path: string) => `http://127.0.0.1:${port}${path}`;

  before(async () => {
    site = mkdtempSync(join(tmpdir(), 'nginx-site-'));
    chmodSync(site, 0o755);
    mkdirSync(join(site, 'zh-cn'));
    mkdirSync(join(site, 'faq'));
    const page = (lang: string, h1: string) => `<!doctype html><html lang="${lang}"><title>${h1}</title><h1>${h1}</h1>`;
    writeFileSync(join(site, 'index.html'), page('en', 'Overview'));
    writeFileSync(join(site, '404.html'), page('en', 'Page not found'));
    writeFileSync(join(site, 'zh-cn', '404.html'), page('zh-CN', '页面不存在'));
    writeFileSync(
      join(site, 'faq', 'index.md'),
      `# FAQ\n\n${'Readers paste this page into an assistant. '.repeat(40)}\n`,
    );
    writeFileSync(join(site, 'llms.txt'), '# Guide\n\n- [FAQ](/faq/index.md)\n');
    for (const folder of ['v1.0', 'v1x0']) {
      mkdirSync(join(site, folder));
      writeFileSync(join(site, folder, 'a.txt'), 'a');
    }
    writeFileSync(join(site, '_headers'), HEADERS);
    port = await freePort();
    server = await serve(site, port);
  });
  after(() => {
    server?.kill('SIGTERM');
    rmSync(site, { recursive: true, force: true });
  });

  test('Markdown as text/markdown in UTF-8, compressed; llms.txt as UTF-8 text', async () => {
    const md = await fetch(url('/faq/index.md'), { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(md.status, 200);
    assert.equal(md.headers.get('content-type'), 'text/markdown; charset=utf-8');
    assert.equal(md.headers.get('content-encoding'), 'gzip');
    assert.equal(md.headers.get('x-content-type-options'), 'nosniff');
    assert.match(await md.text(), /^# FAQ/);
    const txt = await fetch(url('/llms.txt'));
    assert.equal(txt.headers.get('content-type'), 'text/plain; charset=utf-8');
  });

  test('folder rules match their folder only: a dot in a path is a dot', async () => {
    assert.equal((await fetch(url('/v1.0/a.txt'))).headers.get('cache-control'), 'no-store');
    assert.equal((await fetch(url('/v1x0/a.txt'))).headers.get('cache-control'), null);
  });

  test('the page, and each 404 page with its own policy and status 404', async () => {
    const home = await fetch(url('/'));
    assert.equal(
      home.headers.get('content-security-policy'),
      "default-src 'none'; script-src 'self' 'sha256-abc='; frame-ancestors 'none'",
    );
    assert.equal(home.headers.get('cache-control'), 'public, max-age=300, must-revalidate');
    const en = await fetch(url('/nothing/here'));
    assert.equal(en.status, 404);
    assert.match(await en.text(), /Page not found/);
    assert.equal(en.headers.get('content-security-policy'), "default-src 'none'; frame-ancestors 'none'");
    const zh = await fetch(url('/zh-cn/nothing/'));
    assert.equal(zh.status, 404);
    assert.match(await zh.text(), /页面不存在/);
    assert.equal(
      zh.headers.get('content-security-policy'),
      "default-src 'none'; style-src 'self'; frame-ancestors 'none'",
    );
  });

  test('a folder without its slash is redirected with a relative Location', async () => {
    const r = await fetch(url('/faq'), { redirect: 'manual' });
    assert.equal(r.status, 301);
    assert.equal(r.headers.get('location'), '/faq/');
  });
});

describe('scripts/nginx.mjs', () => {
  test('fails with a clear message when nginx is not installed', () => {
    const site = mkdtempSync(join(tmpdir(), 'nginx-none-'));
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(site, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    const r = spawnSync(process.execPath, ['scripts/nginx.mjs', '--dir', site, '--port', '1'], {
      encoding: 'utf8',
      env: { ...process.env, PATH: '/nonexistent', NGINX_BIN: '/nonexistent/nginx' },
    });
    rmSync(site, { recursive: true, force: true });
    assert.match(r.stderr, /nginx is not installed, so the browser tests against nginx cannot run/);
    assert.equal(r.status, 1);
  });

  test('stops nginx and removes its temporary folder when stopped', async () => {
    const site = mkdtempSync(join(tmpdir(), 'nginx-stop-'));
    chmodSync(site, 0o755);
    writeFileSync(join(site, 'index.html'), '<!doctype html><title>x</title>');
    writeFileSync(join(site, '_headers'), '/*\n  X-Content-Type-Options: nosniff\n');
    const port = await freePort();
    const child = await serve(site, port);
    let out = '';
    child.stdout?.on('data', (d) => {
      out += String(d);
    });
    await new Promise((r) => setTimeout(r, 200));
    const folder = out.match(/config in (\S+)\)/)?.[1];
    child.kill('SIGTERM');
    await new Promise((r) => child.on('exit', r));
    await assert.rejects(fetch(`http://127.0.0.1:${port}/`));
    assert.ok(folder, out);
    assert.equal(existsSync(folder), false);
    rmSync(site, { recursive: true, force: true });
  });
});
