/**
 * The account problems as a reader uses them: found in the sidebar and the previous/next
 * order, scanned through the index of every account problem at the top of the first page (the
 * problems are on it and the two pages after it), and linked back to the step of the guide
 * where each problem arises.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

const EDITIONS = [
  {
    path: '/account-problems/',
    title: 'Account problems',
    menu: 'Menu',
    nav: 'Guide',
    more: 'More pages',
    prev: 'Previous',
    next: 'Next',
    index: 'All account problems',
  },
  {
    path: '/zh-cn/account-problems/',
    title: '账号问题',
    menu: '目录',
    nav: '指南',
    more: '更多页面',
    prev: '上一页',
    next: '下一页',
    index: '全部账号问题',
  },
] as const;

/** Every account problem, in the order of the index, and the page it is on. */
const PROBLEMS: [id: string, page: string][] = [
  ['verification-code', 'account-problems'],
  ['account-frozen', 'account-restrictions'],
  ['delete-account', 'account-restrictions'],
  ['lost-phone-or-email', 'account-problems'],
  ['leave-partner', 'account-changes'],
  ['change-account-type', 'account-changes'],
  ['turkiye', 'account-changes'],
];

async function openMenu(page: Page, name: string) {
  const menu = page.locator('summary', { hasText: name });
  if (await menu.isVisible()) await menu.click();
}

for (const e of EDITIONS) {
  test.describe(`${e.path}`, () => {
    test('sits in the sidebar after the payment problems; Previous and Next follow the sidebar', async ({ page }) => {
      await page.goto(e.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title);
      await openMenu(page, e.menu);
      const links = page.getByRole('navigation', { name: e.nav }).getByRole('link');
      const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const at = hrefs.indexOf(e.path);
      expect(at).toBeGreaterThan(0);
      await expect(links.nth(at)).toHaveText(e.title);
      await expect(links.nth(at)).toHaveAttribute('aria-current', 'page');
      const prefix = e.path.replace('/account-problems/', '');
      expect(hrefs[at - 1]).toBe(`${prefix}/coupons-and-refunds/`);
      expect(hrefs[at + 1]).toBe(`${prefix}/account-restrictions/`);
      const more = page.getByRole('navigation', { name: e.more });
      await expect(more.getByRole('link', { name: new RegExp(e.prev) })).toHaveAttribute('href', hrefs[at - 1] ?? '');
      await expect(more.getByRole('link', { name: new RegExp(e.next) })).toHaveAttribute('href', hrefs[at + 1] ?? '');
    });

    test('the index at the top links every account problem to its section, in order', async ({ page }) => {
      await page.goto(e.path);
      const prefix = e.path.replace('/account-problems/', '');
      const index = page.getByRole('main').getByRole('list').first();
      await expect(page.getByText(e.index, { exact: true })).toBeVisible();
      const hrefs = await index.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(
        PROBLEMS.map(([id, slug]) => (slug === 'account-problems' ? `#${id}` : `${prefix}/${slug}/#${id}`)),
      );
      const headings = await page
        .getByRole('main')
        .locator('h2[id]')
        .evaluateAll((hs) => hs.map((h) => h.id));
      expect(headings).toEqual(PROBLEMS.filter(([, slug]) => slug === 'account-problems').map(([id]) => id));
      await index.getByRole('link').last().click();
      await expect(page).toHaveURL(`${prefix}/account-changes/#turkiye`);
      await expect(page.locator('h2#turkiye')).toBeInViewport();
    });
  });
}

test('each problem links back to the step of the guide where it arises', async ({ page }) => {
  const back: [section: string, href: string][] = [
    ['verification-code', '/register/#basic-information'],
    ['account-frozen', '/faq/#account-at-risk'],
    ['leave-partner', '/partners/#partner-top-up'],
    ['change-account-type', '/complete-account/#account-type'],
    ['turkiye', '/register/#basic-information'],
  ];
  for (const [id, href] of back) {
    const slug = PROBLEMS.find(([p]) => p === id)?.[1];
    await page.goto(`/${slug}/`);
    // The links between this section's heading and the next one.
    const inSection = await page.evaluate(
      ([sectionId, target]) => {
        const start = document.getElementById(sectionId)?.closest('.heading-wrapper');
        let n = start?.nextElementSibling;
        while (n && !n.matches('.heading-wrapper.level-h2')) {
          if (n.querySelector(`a[href="${target}"]`)) return true;
          n = n.nextElementSibling;
        }
        return false;
      },
      [id, href] as const,
    );
    expect(inSection, `${id} links to ${href}`).toBe(true);
  }
  await page.goto('/account-changes/');
  await page.locator('a[href="/complete-account/#account-type"]').first().click();
  await expect(page).toHaveURL('/complete-account/#account-type');
  await expect(page.getByRole('heading', { level: 3, name: 'Account type' })).toBeInViewport();
});
