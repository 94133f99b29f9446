/**
 * The payment problems, built, in both languages, on their three pages (payment-problems,
 * bills-and-arrears, coupons-and-refunds): an index of every problem at the top of the first,
 * every problem with a short answer, official claims, a way out when the steps fail and a link
 * back to where the problem arises in the guide; questions for FAQPage on each page; the
 * official Chinese terms.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { type HTMLElement, parse } from 'node-html-parser';
import { frontmatter } from '../../scripts/lib/content-claims.ts';
import { PERMANENT_IDS } from '../../src/lib/permalinks.ts';
import { BASE } from './helpers.ts';
import { html, text } from './pages.ts';

/** The pages of the payment problems, in reading order, and the problems on each. */
const AREA = ['payment-problems', 'bills-and-arrears', 'coupons-and-refunds'] as const;
const topicsOf = (slug: string) => PERMANENT_IDS[slug] ?? [];
const IDS = AREA.flatMap(topicsOf);
const pageOf = (id: string) => AREA.find((slug) => topicsOf(slug).includes(id)) ?? '';
const LOCALES = [
  { prefix: '', lang: 'en', fails: 'If that fails', shortAnswer: 'In short' },
  { prefix: '/zh-cn', lang: 'zh-cn', fails: '如果仍然不行', shortAnswer: '简短答案' },
] as const;

/** Where in the guide each problem arises: the section must link there. */
const ARISES: Record<string, string> = {
  'card-declined': '/bind-card/#bind-a-payment-method',
  'mainland-china-cards': '/prepare/#payment-method',
  arrears: '/recharge/#automatic-card-payment',
  'pay-outstanding-bill': '/top-up/#manual-top-up',
  invoices: '/partners/#reseller-or-referral',
  'cash-coupons': '/partners/#partner-advantages',
  'refunds-and-unsubscribing': '/bind-card/#bind-a-payment-method',
  'auto-renewal': '/recharge/#automatic-card-payment',
};

/** The elements of one `##` section: from its heading wrapper to the next one. */
function section(main: HTMLElement, id: string): HTMLElement[] {
  const nodes = main.childNodes.filter((n): n is HTMLElement => n instanceof Object && 'tagName' in n);
  const start = nodes.findIndex((n) => n.querySelector(`h2[id="${id}"]`));
  assert.ok(start >= 0, `section ${id}`);
  const rest = nodes.slice(start + 1);
  const end = rest.findIndex((n) => n.classList.contains('heading-wrapper') && n.querySelector('h2'));
  return end < 0 ? rest : rest.slice(0, end);
}

const hrefs = (els: HTMLElement[]) =>
  els
    .flatMap((e) => [...(e.tagName === 'A' ? [e] : []), ...e.querySelectorAll('a')])
    .map((a) => a.getAttribute('href'));

describe('payment problems page', () => {
  test('the permanent ids are the eight payment topics, on their three pages', () => {
    assert.deepEqual(IDS, [
      'card-declined',
      'mainland-china-cards',
      'arrears',
      'pay-outstanding-bill',
      'invoices',
      'cash-coupons',
      'refunds-and-unsubscribing',
      'auto-renewal',
    ]);
  });

  for (const l of LOCALES) {
    const first = `${l.prefix}/payment-problems/`;
    const mainOf = (path: string) => {
      const main = parse(html(path)).querySelector('main');
      assert.ok(main, path);
      return main;
    };

    test(`${first}: an index at the top links to every problem, in order, and is left out of search`, () => {
      const index = mainOf(first).querySelector('nav[aria-label]');
      assert.ok(index, 'an index of the problems');
      assert.ok(index.hasAttribute('data-pagefind-ignore'), 'the index does not compete with the sections in search');
      const firstProblem = mainOf(first).querySelector(`[id="${IDS[0]}"]`);
      assert.ok(firstProblem, `#${IDS[0]}`);
      assert.ok(index.range[0] < firstProblem.range[0], 'before the first problem');
      assert.deepEqual(
        index.querySelectorAll('a').map((a) => a.getAttribute('href')),
        IDS.map((id) =>
          pageOf(id) === 'payment-problems' ? `#${id}` : `${BASE.replace(/\/$/, '')}${l.prefix}/${pageOf(id)}/#${id}`,
        ),
      );
    });

    for (const slug of AREA) {
      const path = `${l.prefix}/${slug}/`;
      for (const id of topicsOf(slug)) {
        test(`${path}#${id}: short answer first, a claim, a way out when it fails, and a link back to the guide`, () => {
          const els = section(mainOf(path), id);
          const firstP = els.find((e) => e.tagName === 'P');
          assert.ok(firstP?.text.startsWith(l.shortAnswer), `${id} starts with the short answer`);
          assert.ok(
            els.some((e) => e.querySelector('[data-claim-id]') || e.hasAttribute('data-claim-id')),
            `${id} has an official claim`,
          );
          assert.ok(
            els.some((e) => e.tagName === 'P' && e.text.startsWith(l.fails)),
            `${id} says what to do if it fails`,
          );
          assert.ok(
            hrefs(els).includes(`${BASE.replace(/\/$/, '')}${l.prefix}${ARISES[id]}`),
            `${id} links to ${ARISES[id]}`,
          );
        });
      }

      test(`${path}: one FAQ question per problem, in the order of the page`, () => {
        const source = readFileSync(`src/content/docs/${l.lang}/${slug}.mdx`, 'utf8');
        const faq = frontmatter(source).faq as { id: string }[];
        assert.deepEqual(
          faq.map((q) => q.id),
          topicsOf(slug),
        );
      });
    }
  }

  const areaText = (prefix: string) => AREA.map((slug) => text(`${prefix}/${slug}/`)).join(' ');

  test('the Chinese pages use the official Chinese terms', () => {
    const t = areaText('/zh-cn');
    for (const term of ['代金券', '工单', '宽限期', '保留期', '费用中心', '支付方式', '发票管理'])
      assert.ok(t.includes(term), term);
    assert.ok(!t.includes('现金券'), 'cash coupons are 代金券, not 现金券');
  });

  test('the words people search for are in the text, not in a keyword list', () => {
    const en = areaText('').toLowerCase();
    for (const word of ['declined', 'rejected', 'arrears', 'overdue', 'invoice', 'refund'])
      assert.ok(en.includes(word), word);
    const zh = areaText('/zh-cn');
    for (const word of ['绑卡失败', '欠费', '发票', '退订']) assert.ok(zh.includes(word), word);
    for (const prefix of ['', '/zh-cn'])
      for (const slug of AREA) {
        const p = `${prefix}/${slug}/`;
        assert.deepEqual(
          parse(html(p))
            .querySelectorAll('meta[name="keywords"], [data-pagefind-meta*="keywords"]')
            .map((el) => el.outerHTML),
          [],
          p,
        );
      }
  });
});
