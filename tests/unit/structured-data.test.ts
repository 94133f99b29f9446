import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { type StructuredDataInput, structuredData, websiteData } from '../../src/lib/structured-data.ts';

type Json = Record<string, unknown>;
const PAGES = [
  { slug: '', title: 'Overview' },
  { slug: 'register', title: 'Create your account' },
];
const input = (over: Partial<StructuredDataInput> = {}): StructuredDataInput => ({
  site: 'https://example.org/',
  base: '/',
  locale: 'en',
  slug: 'register',
  title: 'Create your account',
  description: 'How to register.',
  pages: PAGES,
  ...over,
});
const byType = (data: object[], type: string) => data.find((d) => (d as Json)['@type'] === type) as Json | undefined;

describe('structuredData', () => {
  test('every page: WebSite with name, url (the locale home) and language; all objects carry @context', () => {
    for (const locale of ['en', 'zh-cn'] as const) {
      const data = structuredData(input({ locale }));
      for (const d of data) assert.equal((d as Json)['@context'], 'https://schema.org');
      const site = byType(data, 'WebSite');
      assert.ok(site);
      assert.equal(site.url, locale === 'en' ? 'https://example.org/' : 'https://example.org/zh-cn/');
      assert.equal(site.inLanguage, locale === 'en' ? 'en' : 'zh-CN');
      assert.equal(
        site.name,
        locale === 'en' ? 'HUAWEI CLOUD International: sign-up and payment guide' : '华为云国际站注册与付款指南',
      );
    }
  });

  test('BreadcrumbList: home, then the page, with positions and absolute URLs under the base', () => {
    const data = structuredData(input({ base: '/guide/', locale: 'zh-cn', pages: [{ slug: '', title: '概览' }] }));
    assert.deepEqual(byType(data, 'BreadcrumbList')?.itemListElement, [
      { '@type': 'ListItem', position: 1, name: '概览', item: 'https://example.org/guide/zh-cn/' },
      {
        '@type': 'ListItem',
        position: 2,
        name: 'Create your account',
        item: 'https://example.org/guide/zh-cn/register/',
      },
    ]);
  });

  test('the home page breadcrumb has one item; without a home page the site name stands in', () => {
    const home = structuredData(input({ slug: '', title: 'Overview' }));
    assert.deepEqual(byType(home, 'BreadcrumbList')?.itemListElement, [
      { '@type': 'ListItem', position: 1, name: 'Overview', item: 'https://example.org/' },
    ]);
    const noHome = structuredData(input({ pages: [] }));
    const first = (byType(noHome, 'BreadcrumbList')?.itemListElement as Json[] | undefined)?.[0];
    assert.equal(first?.name, 'HUAWEI CLOUD International: sign-up and payment guide');
  });

  test('HowTo only with howTo: name, description, and numbered steps linking to their sections', () => {
    assert.equal(byType(structuredData(input()), 'HowTo'), undefined);
    const data = structuredData(
      input({
        howTo: {
          name: 'Create an account',
          steps: [
            { id: 'open-the-international-site', name: 'Open the site', text: 'Go to the International site.' },
            { id: 'basic-information', name: 'Fill in', text: 'Enter your email.' },
          ],
        },
      }),
    );
    const howTo = byType(data, 'HowTo');
    assert.ok(howTo);
    assert.equal(howTo.name, 'Create an account');
    assert.equal(howTo.description, 'How to register.');
    assert.equal(howTo.url, 'https://example.org/register/');
    assert.deepEqual(howTo.step, [
      {
        '@type': 'HowToStep',
        position: 1,
        name: 'Open the site',
        text: 'Go to the International site.',
        url: 'https://example.org/register/#open-the-international-site',
      },
      {
        '@type': 'HowToStep',
        position: 2,
        name: 'Fill in',
        text: 'Enter your email.',
        url: 'https://example.org/register/#basic-information',
      },
    ]);
  });

  test('FAQPage only with questions: each a Question with name and acceptedAnswer.text', () => {
    assert.equal(byType(structuredData(input({ faq: [] })), 'FAQPage'), undefined);
    const data = structuredData(
      input({ slug: 'faq', faq: [{ id: 'paypal', question: 'Can I pay with PayPal?', answer: 'Not officially.' }] }),
    );
    assert.deepEqual(byType(data, 'FAQPage')?.mainEntity, [
      {
        '@type': 'Question',
        name: 'Can I pay with PayPal?',
        url: 'https://example.org/faq/#paypal',
        acceptedAnswer: { '@type': 'Answer', text: 'Not officially.' },
      },
    ]);
  });

  test('FAQPage on any page with questions, not only the FAQ: the questions link to that page, in its language', () => {
    const faq = [
      { id: 'card-declined', question: '添加信用卡时被拒怎么办？', answer: '按提示处理。' },
      { id: 'arrears', question: '欠费后会怎样？', answer: '先是宽限期。' },
    ];
    const data = structuredData(input({ locale: 'zh-cn', slug: 'payment-problems', title: '付款问题', faq }));
    const page = byType(data, 'FAQPage');
    assert.ok(page);
    assert.equal(page.inLanguage, 'zh-CN');
    assert.equal(page.url, 'https://example.org/zh-cn/payment-problems/');
    assert.deepEqual(
      (page.mainEntity as Json[]).map((q) => [q.name, q.url, (q.acceptedAnswer as Json).text]),
      [
        ['添加信用卡时被拒怎么办？', 'https://example.org/zh-cn/payment-problems/#card-declined', '按提示处理。'],
        ['欠费后会怎样？', 'https://example.org/zh-cn/payment-problems/#arrears', '先是宽限期。'],
      ],
    );
    assert.equal(byType(structuredData(input({ slug: 'payment-problems' })), 'FAQPage'), undefined);
  });

  test('the output survives JSON serialization unchanged', () => {
    const data = structuredData(input({ faq: [{ id: 'a', question: 'Q </script>?', answer: 'A' }] }));
    assert.deepEqual(JSON.parse(JSON.stringify(data)), data);
  });
});

describe('websiteData', () => {
  test('the WebSite object for a locale under the base', () => {
    assert.deepEqual(websiteData('https://example.org', '/guide/', 'zh-cn'), {
      '@context': 'https://schema.org',
      '@type': 'WebSite',
      name: '华为云国际站注册与付款指南',
      url: 'https://example.org/guide/zh-cn/',
      inLanguage: 'zh-CN',
    });
  });
});
