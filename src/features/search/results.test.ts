import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  decodeEntities,
  excerptParts,
  type PagefindPageLike,
  type PagefindSubResultLike,
  sectionResults,
} from './results.ts';

const sub = (
  id: string | null,
  title: string,
  score: number,
  url = `/faq/${id ? `#${id}` : ''}`,
): PagefindSubResultLike => ({
  title,
  url,
  excerpt: `about <mark>${title}</mark>`,
  anchor: id ? { element: 'h2', id } : undefined,
  weighted_locations: [{ balanced_score: score }],
});
const page = (url: string, title: string, subs: PagefindSubResultLike[]): PagefindPageLike => ({
  url,
  excerpt: `page <mark>${title}</mark>`,
  meta: { title },
  sub_results: subs,
});

describe('sectionResults', () => {
  test('lists sections (page#id) with their page title, best-scoring first within a page, pages in ranking order', () => {
    const results = sectionResults([
      page('/faq/', 'FAQ', [sub('currency', 'Currency', 1), sub('paypal', 'PayPal', 5)]),
      page('/prepare/', 'Before you start', [sub('payment-method', 'Payment method', 2, '/prepare/#payment-method')]),
    ]);
    assert.deepEqual(
      results.map((r) => [r.url, r.title, r.page]),
      [
        ['/faq/#paypal', 'PayPal', 'FAQ'],
        ['/faq/#currency', 'Currency', 'FAQ'],
        ['/prepare/#payment-method', 'Payment method', 'Before you start'],
      ],
    );
    assert.equal(results[0]?.excerpt, 'about <mark>PayPal</mark>');
  });

  test('ties keep document order; scores fall back to the number of matches', () => {
    const a: PagefindSubResultLike = {
      title: 'A',
      url: '/x/#a',
      excerpt: '',
      anchor: { element: 'h2', id: 'a' },
      locations: [1],
    };
    const b: PagefindSubResultLike = {
      title: 'B',
      url: '/x/#b',
      excerpt: '',
      anchor: { element: 'h2', id: 'b' },
      locations: [4, 5],
    };
    const c: PagefindSubResultLike = {
      title: 'C',
      url: '/x/#c',
      excerpt: '',
      anchor: { element: 'h2', id: 'c' },
      locations: [9],
    };
    assert.deepEqual(
      sectionResults([page('/x/', 'X', [a, b, c])]).map((r) => r.title),
      ['B', 'A', 'C'],
    );
  });

  test('the text before the first heading links to the page, titled with the page title', () => {
    const [r] = sectionResults([page('/recharge/', 'Pay and top up', [sub(null, 'Pay and top up', 3, '/recharge/')])]);
    assert.deepEqual(r, {
      url: '/recharge/',
      title: 'Pay and top up',
      page: 'Pay and top up',
      excerpt: 'about <mark>Pay and top up</mark>',
    });
  });

  test('a page without sections gives one link to the page with its excerpt', () => {
    assert.deepEqual(sectionResults([page('/', 'Overview', [])]), [
      { url: '/', title: 'Overview', page: 'Overview', excerpt: 'page <mark>Overview</mark>' },
    ]);
  });

  test('a page without a title falls back to its URL', () => {
    const p: PagefindPageLike = { url: '/x/', excerpt: '', meta: {}, sub_results: [] };
    assert.equal(sectionResults([p])[0]?.title, '/x/');
  });

  test('limits sections per page and in total, and lists each URL once', () => {
    const many = Array.from({ length: 5 }, (_, i) => sub(`s${i}`, `S${i}`, 10 - i));
    assert.equal(sectionResults([page('/faq/', 'FAQ', many)]).length, 3);
    assert.equal(sectionResults([page('/faq/', 'FAQ', many)], { perPage: 5 }).length, 5);
    const pages = Array.from({ length: 6 }, (_, i) =>
      page(`/p${i}/`, `P${i}`, [sub('a', 'A', 1, `/p${i}/#a`), sub('b', 'B', 1, `/p${i}/#b`)]),
    );
    assert.equal(sectionResults(pages).length, 10);
    assert.equal(sectionResults(pages, { max: 3 }).length, 3);
    const dup = [page('/faq/', 'FAQ', [sub('a', 'A', 2)]), page('/faq/', 'FAQ', [sub('a', 'A', 1)])];
    assert.equal(sectionResults(dup).length, 1);
  });

  test('no pages, no results', () => {
    assert.deepEqual(sectionResults([]), []);
  });
});

describe('excerptParts', () => {
  test('splits at <mark> into text runs', () => {
    assert.deepEqual(excerptParts('Pay by <mark>PayPal</mark> or <mark>card</mark>.'), [
      { text: 'Pay by ', mark: false },
      { text: 'PayPal', mark: true },
      { text: ' or ', mark: false },
      { text: 'card', mark: true },
      { text: '.', mark: false },
    ]);
  });

  test('other tags stay text (rendered as text, never as HTML); entities are decoded', () => {
    assert.deepEqual(excerptParts('<img src=x onerror=alert(1)> &lt;b&gt; <mark>A&amp;B</mark>'), [
      { text: '<img src=x onerror=alert(1)> <b> ', mark: false },
      { text: 'A&B', mark: true },
    ]);
  });

  test('adjacent marks merge; an unclosed mark runs to the end; empty gives nothing', () => {
    assert.deepEqual(excerptParts('<mark>pre</mark><mark>authorization</mark>'), [
      { text: 'preauthorization', mark: true },
    ]);
    assert.deepEqual(excerptParts('a <mark>b'), [
      { text: 'a ', mark: false },
      { text: 'b', mark: true },
    ]);
    assert.deepEqual(excerptParts(''), []);
  });

  test('Chinese text', () => {
    assert.deepEqual(excerptParts('需要<mark>实名认证</mark>吗'), [
      { text: '需要', mark: false },
      { text: '实名认证', mark: true },
      { text: '吗', mark: false },
    ]);
  });
});

describe('decodeEntities', () => {
  test('named, decimal and hex references; unknown ones stay', () => {
    assert.equal(
      decodeEntities('&quot;a&quot; &#39;b&#x27; &#8220;c&#x201D; &nbsp;&bogus; &#0;'),
      '"a" \'b\' “c” \u00a0&bogus; &#0;',
    );
  });
});
