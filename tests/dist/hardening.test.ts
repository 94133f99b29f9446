import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { htmlFiles as filesOf } from '../../scripts/lib/built-files.ts';
import { elements, parseHtml, textOf } from '../../scripts/lib/html.ts';
import { DIST } from './helpers.ts';

const htmlFiles = filesOf(DIST).map((file) => join(DIST, file));
/** An inline style or event handler attribute written as markup (in a script that builds HTML). */
const INLINE_MARKUP = /\s(style|on[a-z]+)\s*=\s*["']/;
assert.ok(htmlFiles.length > 0, `no HTML page in ${DIST}: build the site first`);

describe('built pages are CSP-safe', () => {
  test('no inline style attribute and no inline event handler in any page', () => {
    for (const file of htmlFiles) {
      const doc = parseHtml(readFileSync(file, 'utf8'));
      for (const el of elements(doc, () => true)) {
        assert.equal(el.attribs.style, undefined, `${file} has a style attribute on <${el.name}>`);
        const handlers = Object.keys(el.attribs).filter((name) => /^on[a-z]+$/.test(name));
        assert.deepEqual(handlers, [], `${file} has an inline event handler on <${el.name}>`);
      }
      for (const script of elements(doc, 'script'))
        assert.doesNotMatch(
          textOf(script),
          INLINE_MARKUP,
          `${file} has a script that writes a style or handler attribute`,
        );
    }
  });
  test('every page has the CSP meta without unsafe-inline or unsafe-eval', () => {
    for (const file of htmlFiles) {
      const metas = elements(
        parseHtml(readFileSync(file, 'utf8')),
        (el) => el.name === 'meta' && el.attribs['http-equiv']?.toLowerCase() === 'content-security-policy',
      );
      assert.equal(metas.length, 1, `${file} has one CSP meta`);
      const csp = metas[0]?.attribs.content;
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
