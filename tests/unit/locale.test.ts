import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DEFAULT_LOCALE,
  HTML_LANG,
  isLocale,
  LOCALE_REGISTRY,
  LOCALES,
  localeFromPage,
  localeInfo,
  normalizeBase,
  officialSite,
  otherLocales,
  pageHref,
  pagePath,
  parsePathname,
  splitEntryId,
  switchLocaleHref,
} from '../../src/lib/locale.ts';
import { localeOf } from '../../src/lib/page-context.ts';

describe('locale paths', () => {
  test('isLocale accepts only the two locales', () => {
    assert.ok(isLocale('en'));
    assert.ok(isLocale('zh-cn'));
    for (const v of ['zh-CN', 'fr', '', null, 1]) assert.equal(isLocale(v), false);
  });
  test('normalizeBase adds the slashes', () => {
    assert.equal(normalizeBase('/'), '/');
    assert.equal(normalizeBase(''), '/');
    assert.equal(normalizeBase('guide'), '/guide/');
    assert.equal(normalizeBase('/guide'), '/guide/');
    assert.equal(normalizeBase('/a/b/'), '/a/b/');
  });
  test('splitEntryId reads locale and slug from a content id', () => {
    assert.deepEqual(splitEntryId('en/index'), { locale: 'en', slug: '' });
    assert.deepEqual(splitEntryId('zh-cn/register'), { locale: 'zh-cn', slug: 'register' });
    assert.deepEqual(splitEntryId('faq'), { locale: 'en', slug: 'faq' });
  });
  test('pagePath and pageHref build page URLs under the base', () => {
    assert.equal(pagePath('en', ''), '');
    assert.equal(pagePath('en', 'faq'), 'faq/');
    assert.equal(pagePath('zh-cn', ''), 'zh-cn/');
    assert.equal(pageHref('/', 'zh-cn', 'faq'), '/zh-cn/faq/');
    assert.equal(pageHref('/guide/', 'en', ''), '/guide/');
    assert.equal(pageHref('/guide', 'zh-cn', 'prepare'), '/guide/zh-cn/prepare/');
  });
  test('parsePathname reverses pageHref, also under a base', () => {
    assert.deepEqual(parsePathname('/zh-cn/faq/', '/'), { locale: 'zh-cn', slug: 'faq' });
    assert.deepEqual(parsePathname('/guide/register/', '/guide/'), { locale: 'en', slug: 'register' });
    assert.deepEqual(parsePathname('/guide/zh-cn/', '/guide/'), { locale: 'zh-cn', slug: '' });
    assert.deepEqual(parsePathname('/', '/'), { locale: 'en', slug: '' });
    assert.deepEqual(parsePathname('/prepare/index.html', '/'), { locale: 'en', slug: 'prepare' });
  });
  test('localeOf reads the locale of a page URL', () => {
    assert.equal(localeOf('/zh-cn/register/', '/'), 'zh-cn');
    assert.equal(localeOf('/guide/register/', '/guide/'), 'en');
  });
  test('switchLocaleHref keeps the page, the query and the hash', () => {
    const url = { pathname: '/recharge/', search: '?for=individual', hash: '#choose-a-method' };
    assert.equal(switchLocaleHref(url, 'zh-cn', '/'), '/zh-cn/recharge/?for=individual#choose-a-method');
    assert.equal(
      switchLocaleHref({ pathname: '/guide/zh-cn/faq/', hash: '#paypal' }, 'en', '/guide/'),
      '/guide/faq/#paypal',
    );
    assert.equal(switchLocaleHref({ pathname: '/zh-cn/' }, 'en', '/'), '/');
  });
});

describe('the locale registry', () => {
  test('every derived list comes from it: codes, default, html lang', () => {
    assert.deepEqual(
      LOCALES,
      LOCALE_REGISTRY.map((l) => l.code),
    );
    assert.equal(DEFAULT_LOCALE, LOCALE_REGISTRY[0].code);
    for (const l of LOCALE_REGISTRY) {
      assert.equal(HTML_LANG[l.code], l.lang);
      assert.equal(localeInfo(l.code), l);
      assert.match(l.ogLocale, /^[a-z]{2}_[A-Z]{2}$/);
      assert.ok(l.label.length > 0 && l.siteName.length > 0);
    }
  });
  test('the language switch offers every other locale, however many there are', () => {
    assert.deepEqual(otherLocales('en'), ['zh-cn']);
    assert.deepEqual(otherLocales('zh-cn'), ['en']);
    const three = ['en', 'zh-cn', 'en-xa'] as const;
    assert.deepEqual(otherLocales('en', three), ['zh-cn', 'en-xa']);
    assert.deepEqual(otherLocales('en-xa', three), ['en', 'zh-cn']);
  });
  test("each locale's official International site", () => {
    assert.equal(officialSite('en'), 'https://www.huaweicloud.com/intl/en-us/');
    assert.equal(officialSite('zh-cn'), 'https://www.huaweicloud.com/intl/zh-cn/');
  });
});

describe('localeFromPage', () => {
  test('a locale of the guide, the pseudo-locale, or else the default', () => {
    assert.equal(localeFromPage('zh-cn'), 'zh-cn');
    assert.equal(localeFromPage('en-xa'), 'en-xa');
    for (const bad of [undefined, '', 'fr', 'ZH-CN', '<script>', '__proto__'])
      assert.equal(localeFromPage(bad), DEFAULT_LOCALE);
  });
});
