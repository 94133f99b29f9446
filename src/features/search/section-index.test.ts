import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sectionIndex } from './section-index.ts';

describe('sectionIndex', () => {
  const pages = [
    {
      slug: 'faq',
      title: 'FAQ',
      order: 5,
      headings: [
        { depth: 2, slug: 'account-at-risk', text: 'My account is at risk' },
        { depth: 3, slug: 'account-at-risk-official', text: 'Official remedy' },
        { depth: 4, slug: 'deep', text: 'Too deep' },
        { depth: 2, slug: 'paypal', text: 'Can I pay with PayPal?' },
      ],
    },
    { slug: '', title: 'Overview', order: 1, headings: [] },
  ];

  test('pages in reading order, h2 sections with their h3 subsections, linked as page#id', () => {
    assert.deepEqual(sectionIndex(pages, '/', 'en'), [
      { title: 'Overview', href: '/', sections: [] },
      {
        title: 'FAQ',
        href: '/faq/',
        sections: [
          {
            text: 'My account is at risk',
            href: '/faq/#account-at-risk',
            children: [{ text: 'Official remedy', href: '/faq/#account-at-risk-official', children: [] }],
          },
          { text: 'Can I pay with PayPal?', href: '/faq/#paypal', children: [] },
        ],
      },
    ]);
  });

  test('links follow the base and the locale', () => {
    const [overview, faq] = sectionIndex(pages, '/guide/', 'zh-cn');
    assert.equal(overview?.href, '/guide/zh-cn/');
    assert.equal(faq?.sections[0]?.children[0]?.href, '/guide/zh-cn/faq/#account-at-risk-official');
  });

  test('no pages, empty index', () => {
    assert.deepEqual(sectionIndex([], '/', 'en'), []);
  });
});
