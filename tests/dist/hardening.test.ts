import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { DIST } from './helpers.ts';

const walk = (d: string): string[] =>
  readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : [join(d, n)]));
const htmlFiles = walk(DIST).filter((f) => f.endsWith('.html'));
assert.ok(htmlFiles.length > 0, `no HTML page in ${DIST}: build the site first`);

describe('built pages are CSP-safe', () => {
  test('no inline style attribute and no inline event handler in any page', () => {
    for (const file of htmlFiles) {
      const html = readFileSync(file, 'utf8');
      assert.doesNotMatch(html, /\sstyle="/, `${file} has a style attribute`);
      assert.doesNotMatch(html, /\son[a-z]+="/, `${file} has an inline event handler`);
    }
  });
  test('every page has the CSP meta without unsafe-inline or unsafe-eval', () => {
    for (const file of htmlFiles) {
      const csp = readFileSync(file, 'utf8').match(/<meta http-equiv="content-security-policy" content="([^"]+)"/)?.[1];
      assert.ok(csp, `${file} has no CSP`);
      assert.doesNotMatch(csp, /unsafe-inline|'unsafe-eval'/);
    }
  });
  test('_headers carries the security headers and caching rules', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    for (const h of [
      "frame-ancestors 'none'",
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'Permissions-Policy:',
      '/_astro/*\n  Cache-Control: public, max-age=31536000, immutable',
    ]) {
      assert.ok(headers.includes(h), `missing: ${h}`);
    }
  });
});
