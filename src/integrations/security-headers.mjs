// @ts-check
/**
 * After the build, for every page:
 * - narrows the page's Content-Security-Policy <meta> to the inline scripts and styles that
 *   page really has (Astro lists the island scripts on every page once any page has an
 *   island), each allowed by its SHA-256 hash;
 * - writes `_headers` (the format Netlify and Cloudflare Pages read) with the same policy per
 *   page plus `frame-ancestors 'none'` (which only works as a header), the other security
 *   headers, long immutable caching for hashed assets and short caching for HTML.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlFiles, sitePathOf } from '../../scripts/lib/built-files.ts';
import { element, elements, parseHtml, replaceElements, textOf } from '../../scripts/lib/html.ts';
import { normalizeBase } from '../lib/base-path.ts';

const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'camera=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'payment=()',
  'usb=()',
  'browsing-topics=()',
].join(', ');

const HTML_CACHE = 'public, max-age=300, must-revalidate';

/** How the Markdown files (page twins, llms.txt, llms-full.txt) are served. */
const MARKDOWN_TYPE = 'text/markdown; charset=utf-8';

/**
 * The `_headers` rules of the Markdown files that scripts/markdown-twins.mjs writes after the
 * build (it appends them): their type, the short caching of HTML, and a policy that lets the
 * text run nothing if a browser renders it.
 * @param {string[]} paths site paths, base included ("/register/index.md", "/llms.txt")
 */
export function markdownHeaderRules(paths) {
  return paths.flatMap((path) => [
    path,
    `  Content-Type: ${MARKDOWN_TYPE}`,
    "  Content-Security-Policy: default-src 'none'; frame-ancestors 'none'; sandbox",
    `  Cache-Control: ${HTML_CACHE}`,
  ]);
}

/** @param {string} text */
const sha256 = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The policy of one page: every directive of `policy` kept, with script-src and style-src
 * narrowed to their non-hash sources plus the hashes of the page's own inline code.
 * @param {string} policy @param {string | ReturnType<typeof parseHtml>} html the page, or the page parsed
 */
function narrowPolicy(policy, html) {
  const doc = typeof html === 'string' ? parseHtml(html) : html;
  const scripts = elements(doc, 'script')
    .filter((el) => el.attribs.src === undefined && el.attribs.type !== 'application/ld+json')
    .map((el) => sha256(textOf(el)));
  const styles = elements(doc, 'style').map((el) => sha256(textOf(el)));
  return policy
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [name = '', ...sources] = part.split(/\s+/);
      const keep = sources.filter((s) => !s.startsWith("'sha"));
      if (name === 'script-src') return [name, ...keep, ...new Set(scripts)].join(' ');
      if (name === 'style-src') return [name, ...keep, ...new Set(styles)].join(' ');
      return part;
    })
    .join('; ');
}

/** @returns {import('astro').AstroIntegration} */
export function securityHeaders() {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = normalizeBase(config.base);
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const lines = [
          `${base}*`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
        ];
        for (const rel of htmlFiles(out)) {
          const file = join(out, rel);
          const html = readFileSync(file, 'utf8');
          const doc = parseHtml(html);
          const meta = element(
            doc,
            (el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
          );
          if (!meta?.attribs.content) throw new Error(`${file} has no Content-Security-Policy meta`);
          const policy = narrowPolicy(meta.attribs.content, doc);
          const narrowed = `<meta http-equiv="content-security-policy" content="${policy}">`;
          writeFileSync(file, replaceElements(html, [{ el: meta, html: narrowed }]));
          lines.push(
            `${base}${sitePathOf(rel)}`,
            `  Content-Security-Policy: ${policy}; frame-ancestors 'none'`,
            `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
            `  Cache-Control: ${HTML_CACHE}`,
          );
        }
        lines.push(
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          `${base}pagefind/*`,
          '  Cache-Control: public, max-age=3600',
          '',
        );
        writeFileSync(join(out, '_headers'), lines.join('\n'));
      },
    },
  };
}
