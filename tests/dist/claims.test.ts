/**
 * Every claim on the built site shows the guide's sentence, the official words in a real
 * <blockquote cite>, the official page's title and link, and the date of the check; every
 * claim of the content is on its page once.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { contentClaims } from '../../scripts/lib/content-claims.ts';
import { OFFICIAL_HOSTS } from '../../src/lib/claims.ts';
import { html } from './pages.ts';

const claims = contentClaims();
const pagePath = (locale: string, slug: string) => `${locale === 'en' ? '' : `/${locale}`}/${slug ? `${slug}/` : ''}`;

describe('claims on the built pages', () => {
  test('the content has claims in both languages', () => {
    assert.ok(claims.filter((c) => c.locale === 'en').length >= 40);
    assert.ok(claims.filter((c) => c.locale === 'zh-cn').length >= 40);
  });
  for (const c of claims) {
    const path = pagePath(c.locale, c.slug);
    test(`${path} claim ${c.id}`, () => {
      const doc = parse(html(path));
      const found = doc.querySelectorAll(`[data-claim-id="${c.id}"]`);
      assert.equal(found.length, 1, `claim ${c.id} is shown once on ${path}`);
      const el = found[0];
      assert.ok(el);
      assert.equal(el.getAttribute('data-claim-status'), c.status);
      assert.ok(el.querySelector('.claim-body')?.text.trim(), 'the guide sentence is shown');
      const quote = el.querySelector('blockquote.claim-quote');
      assert.ok(quote, 'a blockquote with the official words');
      assert.equal(quote.getAttribute('cite'), c.source);
      assert.ok(OFFICIAL_HOSTS.some((h) => new URL(c.source).hostname === h));
      assert.equal(quote.text.replace(/\s+/g, ' ').trim(), c.quote.replace(/\s+/g, ' ').trim());
      const expectedLang = (c.quoteLang ?? c.locale) === 'zh-cn' ? 'zh-CN' : 'en';
      assert.equal(quote.getAttribute('lang'), expectedLang);
      const link = el.querySelector('figcaption a');
      assert.ok(link, 'a link to the official page');
      assert.ok(link.getAttribute('href')?.startsWith(c.source), 'the link opens the official page');
      assert.ok(link.text.includes(c.sourceTitle), 'the link names the official page');
      const year = String(c.checked.getUTCFullYear());
      assert.match(el.querySelector('figcaption')?.text ?? '', new RegExp(year), 'the date of the check');
    });
  }
});
