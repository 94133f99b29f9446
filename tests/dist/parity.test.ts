/**
 * The two editions stay in step: same pages, same section ids in the same order, same
 * checklist items, same structured-data ids, and no untranslated English sentence left on
 * a Chinese page (proper nouns and console names aside).
 */
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse } from 'node-html-parser';
import { classesOf, elements, parseHtml } from '../../scripts/lib/html.ts';
import { jsonLd } from './helpers.ts';
import { html, text, visibleText } from './pages.ts';

/** Every page of the content, as URL paths ("/", "/prepare/", "/payment-problems/" ...). */
const PAGES = readdirSync('src/content/docs/en')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => (f === 'index.mdx' ? '/' : `/${f.replace(/\.mdx$/, '')}/`))
  .sort();
assert.ok(PAGES.length > 0, 'no English pages in src/content/docs/en');
const zh = (p: string) => `/zh-cn${p}`;

/** The section headings (h2, h3 with an id, in their heading wrapper), as "h2#id", in order. */
const sectionIds = (page: string) =>
  elements(
    html(page),
    (el) =>
      (el.name === 'h2' || el.name === 'h3') &&
      el.attribs.id !== undefined &&
      el.parent !== null &&
      'attribs' in el.parent &&
      classesOf(el.parent).includes('heading-wrapper') &&
      classesOf(el.parent).includes(`level-${el.name}`),
  ).map((el) => `${el.name}#${el.attribs.id}`);
const checklistItems = (page: string) =>
  elements(
    html(page),
    (el) => el.name === 'input' && el.attribs.type === 'checkbox' && (el.attribs.id ?? '').startsWith('cl-'),
  )
    .map((el) => el.attribs.id)
    .sort();
/** The section ids the page's JSON-LD links to (every "url" with a hash, at any depth). */
const jsonLdIds = (page: string) => {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) {
        if (key === 'url' && typeof v === 'string' && v.includes('#')) found.push(v.slice(v.indexOf('#') + 1));
        else visit(v);
      }
  };
  jsonLd(html(page)).forEach(visit);
  return found.sort();
};
const externalLinkCount = (page: string) =>
  elements(parseHtml(html(page)), (el) => el.name === 'a' && classesOf(el).includes('external')).length;

/**
 * The page's own words: its text without the official passages it quotes in English (a Chinese
 * claim quotes the English help center where no Chinese copy was found), with their page titles.
 */
export function ownText(source: string): string {
  const doc = parse(source);
  for (const figure of doc.querySelectorAll('figure.claim-official')) {
    if (figure.querySelector('blockquote[lang="en"]')) figure.remove();
  }
  return visibleText(doc.toString());
}

/**
 * The visible text of a Chinese page without the parts marked as English (`lang="en"`): quotes of
 * the help center's English pages and official English names are meant to stay English.
 */
function chineseText(page: string): string {
  const body = parse(html(page)).querySelector('body');
  assert.ok(body, `${page} has a body`);
  for (const el of body.querySelectorAll('script, style, template, [lang="en"]')) el.remove();
  return body.textContent.replace(/\s+/g, ' ').trim();
}

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
    test(`${page}: no untranslated English sentence on the Chinese page (text marked lang="en" aside)`, () => {
      assert.deepEqual(englishRuns(chineseText(zh(page))), []);
    });
    test(`${page}: the Chinese page is in Chinese`, () => {
      const t = ownText(html(zh(page)));
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
  test('every page of the content is checked, the payment problems included', () => {
    assert.ok(PAGES.includes('/') && PAGES.includes('/faq/') && PAGES.includes('/payment-problems/'), PAGES.join(' '));
  });
  test('an English sentence is caught', () => {
    assert.deepEqual(englishRuns('请打开 Billing Center 后 click the button to continue。'), [
      'click the button to continue',
    ]);
    assert.deepEqual(englishRuns('华为云国际站 HUAWEI CLOUD International 的 Top-Up and Repayment'), []);
  });
  test('an English official quote is set aside, an English sentence beside it is not', () => {
    const page = (note: string) =>
      `<body><p>请核对。${note}</p><figure class="claim-official"><blockquote class="claim-quote" cite="https://support.huaweicloud.com/x" lang="en"><p>Any given credit card can only be added to a single account.</p></blockquote><figcaption>以上引自官方页面：<a href="https://support.huaweicloud.com/x">Why Can't I Successfully Add a Credit Card?</a></figcaption></figure></body>`;
    assert.deepEqual(englishRuns(ownText(page(''))), []);
    assert.deepEqual(englishRuns(ownText(page('Click the button to continue.'))), ['Click the button to continue.']);
  });
  test('a Chinese official quote stays in the text', () => {
    const page =
      '<body><figure class="claim-official"><blockquote class="claim-quote" lang="zh-CN"><p>客户账号存在未结清账单。</p></blockquote><figcaption>Quoted from the official page: A Chinese page title here</figcaption></figure></body>';
    assert.match(ownText(page), /客户账号存在未结清账单/);
    assert.notDeepEqual(englishRuns(ownText(page)), [], 'a figure quoting Chinese is not set aside');
  });
});
