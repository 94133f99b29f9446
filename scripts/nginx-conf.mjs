#!/usr/bin/env node
// @ts-check
/**
 * Writes the nginx configuration of a build: deploy/nginx.conf (the template) filled with the
 * headers of the build's `_headers` file (the same data the build writes for Netlify and
 * Cloudflare Pages: the per-page Content-Security-Policy, the other security headers and the
 * caching rules) and with where and how to serve it.
 *
 *   node scripts/nginx-conf.mjs --dir dist --root /var/www/guide [--listen 80]
 *     [--server-name guide.example.org] [--base /] [--out guide.conf]
 *
 * --root is the directory that holds the site at its base path (for a build under /guide/,
 * the build's files are in ROOT/guide/); for a build at / it defaults to --dir. The base is
 * read from `_headers` (its first rule is BASE*) unless --base is given. The output goes to
 * the `http` level of nginx (e.g. /etc/nginx/conf.d/): `map` blocks and one `server`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LOCALES } from '../src/lib/locale.ts';

/** @typedef {{ path: string, headers: [string, string][] }} HeaderRule */

export const TEMPLATE = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));

/**
 * Parses a `_headers` file: a path (or `/folder/*`) at the start of a line, then its headers
 * indented below it as `Name: value`. Comments (#) and blank lines are skipped.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: a header outside a rule, or without a colon: "${line.trim()}"`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/** @param {string} s */
const escapeRegex = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * An nginx string literal. nginx has no escape for `$` (it would start a variable), so a value
 * holding one is refused rather than served wrong.
 * @param {string} s
 */
function quote(s) {
  if (s.includes('$')) throw new Error(`nginx-conf: a header value may not contain "$": ${s}`);
  return `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** The nginx variable that holds one header's per-path value. @param {string} name */
export const variableFor = (name) => `$guide_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;

/**
 * The map key that matches the requests of one `_headers` path, compared with `$uri` (the
 * file nginx serves): `/faq/` is served as `/faq/index.html`, `/_astro/*` is a prefix.
 * @param {string} path
 */
export function mapKey(path) {
  if (path.endsWith('*')) return quote(`~^${escapeRegex(path.slice(0, -1))}`);
  if (path.endsWith('/')) return quote(`${path}index.html`);
  return quote(path);
}

/**
 * The configuration text: the template with its placeholders filled.
 * @param {{ template: string, rules: HeaderRule[], base: string, root: string, listen: string, serverName: string }} o
 */
export function nginxConfig({ template, rules, base, root, listen, serverName }) {
  if (!base.startsWith('/') || !base.endsWith('/'))
    throw new Error(`nginx-conf: the base must start and end with "/": ${base}`);
  const everywhere = rules.filter((r) => r.path === `${base}*`);
  const scoped = rules.filter((r) => r.path !== `${base}*`);
  /** @type {Map<string, [string, string][]>} header name -> [map key, value] */
  const maps = new Map();
  for (const rule of scoped) {
    if (!rule.path.startsWith(base)) throw new Error(`nginx-conf: ${rule.path} is outside the base path ${base}`);
    for (const [name, value] of rule.headers) {
      const entries = maps.get(name) ?? [];
      entries.push([mapKey(rule.path), quote(value)]);
      maps.set(name, entries);
    }
  }
  const mapText = [...maps]
    .map(([name, entries]) =>
      [
        `map $uri ${variableFor(name)} {`,
        '    default "";',
        ...entries.map(([key, value]) => `    ${key} ${value};`),
        '}',
      ].join('\n'),
    )
    .join('\n\n');
  const headerText = [
    ...everywhere.flatMap((r) => r.headers.map(([name, value]) => `    add_header ${name} ${quote(value)} always;`)),
    ...[...maps.keys()].map((name) => `    add_header ${name} ${variableFor(name)} always;`),
  ].join('\n');
  /** @type {Record<string, string>} */
  const values = {
    LISTEN: listen,
    SERVER_NAME: serverName,
    ROOT: root,
    BASE: base,
    MAPS: mapText,
    HEADERS: headerText,
    // One block per language with a folder of its own (every locale of the registry but the default).
    LOCALE_NOT_FOUND: LOCALES.filter((l) => l !== DEFAULT_LOCALE)
      .map((l) =>
        [
          `    location ^~ ${base}${l}/ {`,
          `        error_page 404 ${base}${l}/404.html;`,
          `        error_page 403 =404 ${base}${l}/404.html;`,
          '    }',
        ].join('\n'),
      )
      .join('\n'),
  };
  return template.replace(/\{\{([A-Z0-9_]+)\}\}/g, (whole, key) => {
    if (!Object.hasOwn(values, key)) throw new Error(`nginx-conf: unknown placeholder ${whole} in the template`);
    return values[key] ?? whole;
  });
}

/** The base path of a build, from the first rule of its `_headers` (BASE*). @param {HeaderRule[]} rules */
export function baseOf(rules) {
  const folders = rules.map((r) => r.path).filter((p) => p.endsWith('/*'));
  const shortest = folders.sort((a, b) => a.length - b.length)[0];
  return shortest ? shortest.slice(0, -1) : '/';
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  /** @param {string} name @param {string} [fallback] */
  const opt = (name, fallback) => {
    const i = args.indexOf(`--${name}`);
    return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
  };
  const dir = opt('dir', 'dist') ?? 'dist';
  const rules = parseHeaders(readFileSync(resolve(dir, '_headers'), 'utf8'));
  const base = opt('base') ?? baseOf(rules);
  const root = opt('root') ?? (base === '/' ? resolve(dir) : undefined);
  if (!root) {
    console.error(`A build under ${base} needs --root: the directory that holds the build's files in ROOT${base}.`);
    process.exit(1);
  }
  const text = nginxConfig({
    template: readFileSync(TEMPLATE, 'utf8'),
    rules,
    base,
    root: resolve(root),
    listen: opt('listen', '80') ?? '80',
    serverName: opt('server-name', '_') ?? '_',
  });
  const out = opt('out');
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}
