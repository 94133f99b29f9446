/**
 * The account problems page as a reader uses it: found in the sidebar and the previous/next
 * order, scanned through the index of problems at the top, and linked back to the step of the
 * guide where each problem arises.
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
    index: 'Problems on this page',
  },
  {
    path: '/zh-cn/account-problems/',
    title: '账号问题',
    menu: '目录',
    nav: '指南',
    more: '更多页面',
    prev: '上一页',
    next: '下一页',
    index: '本页的问题',
  },
] as const;

const IDS = [
  'verification-code',
  'account-frozen',
  'delete-account',
  'lost-phone-or-email',
  'leave-partner',
  'change-account-type',
  'turkiye',
];

async function openMenu(page: Page, name: string) {
  const menu = page.locator('summary', { hasText: name });
  if (await menu.isVisible()) await menu.click();
}

for (const e of EDITIONS) {
  test.describe(`${e.path}`, () => {
    test('is the last page of the sidebar, and Previous leads to the page listed before it', async ({ page }) => {
      await page.goto(e.path);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(e.title);
      await openMenu(page, e.menu);
      const links = page.getByRole('navigation', { name: e.nav }).getByRole('link');
      const current = links.last();
      await expect(current).toHaveText(e.title);
      await expect(current).toHaveAttribute('aria-current', 'page');
      await expect(current).toHaveAttribute('href', e.path);
      const before = links.nth((await links.count()) - 2);
      const beforeHref = await before.getAttribute('href');
      const beforeTitle = (await before.textContent())?.trim() ?? '';
      const more = page.getByRole('navigation', { name: e.more });
      await expect(more.getByRole('link', { name: new RegExp(e.next) })).toHaveCount(0);
      const prev = more.getByRole('link', { name: new RegExp(e.prev) });
      await expect(prev).toHaveAttribute('href', beforeHref ?? '');
      await expect(prev).toContainText(beforeTitle);
    });

    test('the index at the top links every problem to its section, in page order', async ({ page }) => {
      await page.goto(e.path);
      const index = page.getByRole('main').getByRole('list').first();
      await expect(page.getByText(e.index, { exact: true })).toBeVisible();
      const hrefs = await index.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(IDS.map((id) => `#${id}`));
      const headings = await page
        .getByRole('main')
        .locator('h2[id]')
        .evaluateAll((hs) => hs.map((h) => h.id));
      expect(headings).toEqual(IDS);
      await index.getByRole('link').last().click();
      await expect(page).toHaveURL(`${e.path}#turkiye`);
      await expect(page.locator('h2#turkiye')).toBeInViewport();
    });
  });
}

test('each problem links back to the step of the guide where it arises', async ({ page }) => {
  await page.goto('/account-problems/');
  const back: [section: string, href: string][] = [
    ['verification-code', '/register/#basic-information'],
    ['account-frozen', '/faq/#account-at-risk'],
    ['leave-partner', '/partners/#partner-top-up'],
    ['change-account-type', '/complete-account/#account-type'],
    ['turkiye', '/register/#basic-information'],
  ];
  for (const [id, href] of back) {
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
  await page.locator('a[href="/complete-account/#account-type"]').first().click();
  await expect(page).toHaveURL('/complete-account/#account-type');
  await expect(page.getByRole('heading', { level: 3, name: 'Account type' })).toBeInViewport();
});
