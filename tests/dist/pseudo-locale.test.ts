/**
 * The pseudo-locale (en-xa, src/features/pseudo-locale/) is in a test build only. A normal
 * build (dist/, and the /guide/ build) has no trace of it: no page, sitemap entry, hreflang,
 * language switch link, search index or Markdown twin. A pseudo-locale build (PSEUDO_LOCALE=1,
 * dist-pseudo/) has every English page in en-xa, linked like any other locale.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { describe, test } from 'node:test';
import { PSEUDO_LOCALE, pseudoLocaleEnabled } from '../../src/features/pseudo-locale/locale.ts';
import { BASE, DIST } from './helpers.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
const files = walk(DIST).map((f) => relative(DIST, f).split(sep).join('/'));
const TEXT = /\.(html|xml|txt|md|json|webmanifest)$|(^|\/)_headers$/;
const ENGLISH_PAGES = readdirSync('src/content/docs/en')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => (f === 'index.mdx' ? '' : `${f.replace(/\.mdx$/, '')}/`));

if (!pseudoLocaleEnabled()) {
  describe('a normal build has no pseudo-locale', () => {
    test('no page, file or folder of it', () => {
      assert.deepEqual(
        files.filter((f) => f.toLowerCase().includes(PSEUDO_LOCALE)),
        [],
      );
    });
    test('no mention of it in any page, sitemap, header file, search index entry or twin', () => {
      const mentions = files
        .filter((f) => TEXT.test(f))
        .filter((f) => /en[-_]xa/i.test(readFileSync(join(DIST, f), 'utf8')));
      assert.deepEqual(mentions, []);
    });
    test('every page links the other languages only: no hreflang or language switch beyond the translated ones', () => {
      const html = readFileSync(join(DIST, 'index.html'), 'utf8');
      const hreflangs = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)"/g)].map((m) => m[1]);
      assert.deepEqual(hreflangs.sort(), ['en', 'x-default', 'zh-CN']);
      const switches = [...html.matchAll(/<a [^>]*data-lang-switch[^>]*>/g)].map((m) => m[0]);
      assert.equal(switches.length, 1);
      assert.match(switches[0] ?? '', new RegExp(`href="${BASE}zh-cn/"`));
    });
  });
} else {
  describe('a pseudo-locale build has it as one more locale', () => {
    test('every English page, its 404 page and its search page exist in en-xa, in en-XA', () => {
      for (const page of [...ENGLISH_PAGES, 'search/']) {
        const file = join(DIST, PSEUDO_LOCALE, page, 'index.html');
        assert.ok(existsSync(file), file);
        assert.match(readFileSync(file, 'utf8'), /<html lang="en-XA" dir="ltr"/);
      }
      assert.ok(existsSync(join(DIST, PSEUDO_LOCALE, '404.html')));
    });
    test('its pages are pseudo-localized: title, headings and frame, with the ids of the English page', () => {
      const en = readFileSync(join(DIST, 'register', 'index.html'), 'utf8');
      const xa = readFileSync(join(DIST, PSEUDO_LOCALE, 'register', 'index.html'), 'utf8');
      assert.match(xa, /<title>\[Çŕéåţé ýöûŕ åççöûñţ ~+\]/);
      const ids = (html: string) => [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]).sort();
      assert.deepEqual(ids(xa), ids(en));
    });
    test('the English page names it as an alternate, the sitemap lists it, and the language switch links it', () => {
      const en = readFileSync(join(DIST, 'register', 'index.html'), 'utf8');
      assert.match(
        en,
        new RegExp(`<link rel="alternate" hreflang="en-XA" href="[^"]*${BASE}${PSEUDO_LOCALE}/register/"`),
      );
      assert.match(en, new RegExp(`<a [^>]*href="${BASE}${PSEUDO_LOCALE}/register/"[^>]*data-lang-switch`));
      const sitemap = files
        .filter((f) => /^sitemap-\d+\.xml$/.test(f))
        .map((f) => readFileSync(join(DIST, f), 'utf8'))
        .join('');
      for (const page of ENGLISH_PAGES) assert.ok(sitemap.includes(`${BASE}${PSEUDO_LOCALE}/${page}</loc>`), page);
    });
  });
}
