// @ts-check
/**
 * Writes `_headers` (the format Netlify and Cloudflare Pages read) after the build:
 * the same Content-Security-Policy as the pages' <meta> (the union of every page's hashes)
 * plus `frame-ancestors 'none'`, which only works as a header, the other security headers,
 * long immutable caching for hashed assets and short caching for HTML.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PERMISSIONS = [
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

/** @param {string} dir @returns {string[]} */
function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/**
 * Merges the CSP of every page into one policy: same directives, union of their sources.
 * @param {string[]} policies
 */
export function mergePolicies(policies) {
  /** @type {Map<string, Set<string>>} */
  const merged = new Map();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = merged.get(name) ?? new Set();
      for (const s of sources) set.add(s);
      merged.set(name, set);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** @returns {import('astro').AstroIntegration} */
export function securityHeaders() {
  let base = '/';
  return {
    name: 'security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const policies = htmlFiles(out).flatMap((file) => {
          const m = readFileSync(file, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/);
          return m?.[1] ? [m[1].replace(/&#39;/g, "'")] : [];
        });
        const csp = `${mergePolicies(policies)}; frame-ancestors 'none'`;
        const html = 'public, max-age=300, must-revalidate';
        const lines = [
          `${base}*`,
          `  Content-Security-Policy: ${csp}`,
          '  X-Content-Type-Options: nosniff',
          '  Referrer-Policy: strict-origin-when-cross-origin',
          `  Permissions-Policy: ${PERMISSIONS}`,
          '  X-Frame-Options: DENY',
          '  Cross-Origin-Opener-Policy: same-origin',
          `${base}`,
          `  Cache-Control: ${html}`,
          `${base}*/`,
          `  Cache-Control: ${html}`,
          `${base}*.html`,
          `  Cache-Control: ${html}`,
          `${base}_astro/*`,
          '  Cache-Control: public, max-age=31536000, immutable',
          `${base}pagefind/*`,
          '  Cache-Control: public, max-age=3600',
          '',
        ];
        writeFileSync(join(out, '_headers'), lines.join('\n'));
      },
    },
  };
}
