import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { describe, test } from 'node:test';
import { dictionaryMismatches } from '../../src/i18n/translate.ts';
import { UI, useTranslations } from '../../src/i18n/ui.ts';
import { formatDate } from '../../src/lib/format.ts';
import { isExternal, withBase } from '../../src/lib/links.ts';
import { groupPages, NAV_GROUPS, prevNext, sortPages } from '../../src/lib/nav.ts';
import { buildToc, tocIds } from '../../src/lib/toc.ts';

describe('UI dictionary', () => {
  test('both languages have the same keys and no empty string', () => {
    assert.deepEqual(Object.keys(UI['zh-cn']).sort(), Object.keys(UI.en).sort());
    assert.deepEqual(dictionaryMismatches(UI.en, UI['zh-cn']), []);
    for (const dict of Object.values(UI)) for (const v of Object.values(dict)) assert.notEqual(v.trim(), '');
  });
  test('placeholders are filled in, unknown ones are kept', () => {
    const t = useTranslations('en');
    assert.equal(t('heading.anchor', { title: 'Email' }), 'Link to section: Email');
    assert.equal(t('heading.anchor'), 'Link to section: {title}');
    assert.equal(useTranslations('zh-cn')('heading.anchor', { title: '邮箱' }), '本节链接：邮箱');
    assert.equal(useTranslations('zh-cn').lang, 'zh-CN');
  });
  test('the same placeholders appear in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(UI.en) as (keyof typeof UI.en)[]) {
      assert.deepEqual(vars(UI['zh-cn'][key]), vars(UI.en[key]), key);
    }
  });
});

describe('table of contents', () => {
  const headings = [
    { depth: 3, slug: 'early', text: 'Early' },
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1' },
    { depth: 4, slug: 'deep', text: 'Deep' },
    { depth: 2, slug: 'b', text: 'B' },
  ];
  test('nests h3 under h2 and drops other levels', () => {
    assert.deepEqual(buildToc(headings), [
      { id: 'early', text: 'Early', children: [] },
      { id: 'a', text: 'A', children: [{ id: 'a1', text: 'A1', children: [] }] },
      { id: 'b', text: 'B', children: [] },
    ]);
  });
  test('tocIds lists ids in document order', () => {
    assert.deepEqual(tocIds(buildToc(headings)), ['early', 'a', 'a1', 'b']);
  });
});

describe('navigation order', () => {
  const pages = [
    { slug: 'faq', title: 'FAQ', order: 5 },
    { slug: '', title: 'Overview', order: 1 },
    { slug: 'register', title: 'Register', order: 3 },
  ];
  test('sortPages orders by order', () => {
    assert.deepEqual(
      sortPages(pages).map((p) => p.slug),
      ['', 'register', 'faq'],
    );
  });
  test('prevNext gives the neighbours, none at the ends or for unknown pages', () => {
    assert.equal(prevNext(pages, 'register').prev?.slug, '');
    assert.equal(prevNext(pages, 'register').next?.slug, 'faq');
    assert.equal(prevNext(pages, '').prev, undefined);
    assert.equal(prevNext(pages, 'faq').next, undefined);
    assert.deepEqual(prevNext(pages, 'nope'), {});
  });
  test('groupPages puts the pages in their sidebar groups, in order, and leaves out empty groups', () => {
    assert.deepEqual(
      groupPages(pages).map((g) => [g.id, g.pages.map((p) => p.slug)]),
      [
        ['start', ['']],
        ['sign-up', ['register']],
        ['questions', ['faq']],
      ],
    );
  });
  test('a page that no group lists is an error that names it', () => {
    assert.throws(() => groupPages([...pages, { slug: 'new-page', title: 'New', order: 9 }]), /does not list new-page/);
  });
  test('the groups list every page of the guide once, and each group has a label in both languages', () => {
    const slugs = readdirSync('src/content/docs/en')
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => (f === 'index.mdx' ? '' : f.replace(/\.mdx$/, '')));
    const listed = NAV_GROUPS.flatMap((g) => [...g.slugs]);
    assert.deepEqual([...listed].sort(), [...slugs].sort());
    for (const g of NAV_GROUPS)
      for (const locale of ['en', 'zh-cn'] as const) {
        assert.ok(useTranslations(locale)(`nav.group.${g.id}`).length > 0, `${locale} ${g.id}`);
      }
  });
});

describe('links', () => {
  test('isExternal recognises http(s) links only', () => {
    assert.ok(isExternal('https://support.huaweicloud.com/'));
    assert.ok(isExternal('HTTP://example.org'));
    for (const href of ['/faq/', '#x', 'mailto:a@b.c', '//evil.example']) assert.equal(isExternal(href), false);
  });
  test('withBase prefixes root-relative links only', () => {
    assert.equal(withBase('/faq/#paypal', '/guide/'), '/guide/faq/#paypal');
    assert.equal(withBase('/faq/', '/'), '/faq/');
    assert.equal(withBase('#email', '/guide/'), '#email');
    assert.equal(withBase('//cdn.example/x', '/guide/'), '//cdn.example/x');
    assert.equal(withBase('https://x.example/', '/guide/'), 'https://x.example/');
  });
});

describe('formatDate', () => {
  test('formats a calendar date in the language, without shifting the day', () => {
    const d = new Date('2026-11-26T00:00:00Z');
    assert.equal(formatDate(d, 'en'), 'November 26, 2026');
    assert.equal(formatDate(d, 'zh-CN'), '2026年11月26日');
  });
});
