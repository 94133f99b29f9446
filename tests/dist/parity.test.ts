/**
 * The two editions stay in step: same pages, same section ids in the same order, same
 * checklist items, same structured-data ids, and no untranslated English sentence left on
 * a Chinese page (proper nouns and console names aside).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { html, text, visibleText, withoutLang } from './pages.ts';

const PAGES = ['/', '/prepare/', '/register/', '/recharge/', '/faq/'];
const zh = (p: string) => `/zh-cn${p}`;

const sectionIds = (page: string) =>
  [...html(page).matchAll(/<div class="heading-wrapper level-h([23])"><h[23] id="([^"]+)"/g)].map(
    (m) => `h${m[1]}#${m[2]}`,
  );
const checklistItems = (page: string) =>
  [...html(page).matchAll(/<input type="checkbox"[^>]*\sid="(cl-[^"]+)"/g)].map((m) => m[1]).sort();
const jsonLdIds = (page: string) => [...html(page).matchAll(/"url":"[^"]*#([a-z0-9-]+)"/g)].map((m) => m[1]).sort();
const externalLinkCount = (page: string) => [...html(page).matchAll(/<a [^>]*class="external"/g)].length;

/** Runs of four or more Latin words: an English sentence, or most of one. */
export function englishRuns(s: string): string[] {
  return s.match(/[A-Za-z][A-Za-z'’.-]*(?:[ ,]+[A-Za-z][A-Za-z'’.-]*){3,}/g) ?? [];
}

describe('the Chinese edition mirrors the English one', () => {
  for (const page of PAGES) {
    test(`${page}: same section ids, in the same order and levels`, () => {
      assert.deepEqual(sectionIds(zh(page)), sectionIds(page));
    });
    test(`${page}: same checklist items`, () => {
      assert.deepEqual(checklistItems(zh(page)), checklistItems(page));
    });
    test(`${page}: same structured-data anchors`, () => {
      assert.deepEqual(jsonLdIds(zh(page)), jsonLdIds(page));
    });
    test(`${page}: the same number of official links`, () => {
      assert.equal(externalLinkCount(zh(page)), externalLinkCount(page));
    });
    test(`${page}: no untranslated English sentence on the Chinese page (official English quotes, marked lang="en", aside)`, () => {
      assert.deepEqual(englishRuns(visibleText(withoutLang(html(zh(page)), 'en'))), []);
    });
    test(`${page}: the Chinese page is in Chinese`, () => {
      const t = text(zh(page));
      const han = t.match(/\p{Script=Han}/gu)?.length ?? 0;
      assert.ok(han > t.length * 0.3, `only ${han} Chinese characters in ${t.length}`);
    });
  }
  test('the Chinese 404 page is in Chinese', () => {
    assert.match(text('/zh-cn/404.html'), /页面不存在/);
    assert.deepEqual(englishRuns(text('/zh-cn/404.html')), []);
  });
});

describe('the parity checks can fail', () => {
  test('an English sentence is caught', () => {
    assert.deepEqual(englishRuns('请打开 Billing Center 后 click the button to continue。'), [
      'click the button to continue',
    ]);
    assert.deepEqual(englishRuns('华为云国际站 HUAWEI CLOUD International 的 Top-Up and Repayment'), []);
  });
  test('only text marked as English is set aside', () => {
    const page =
      '<body><p>官方原文：</p><blockquote lang="en"><p>Only one request can be initiated.</p></blockquote>' +
      '<p>Please read the official page first.</p></body>';
    assert.deepEqual(englishRuns(visibleText(withoutLang(page, 'en'))), ['Please read the official page first.']);
  });
});
