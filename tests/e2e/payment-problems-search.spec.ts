/**
 * Search finds each payment problem by the words people type, in both languages: the result
 * list links to the right section of the payment-problems page. One test per term.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface Locale {
  home: string;
  trigger: string;
  dialog: string;
  results: string;
  page: string;
}
const EN: Locale = {
  home: '/',
  trigger: 'Search',
  dialog: 'Search the guide',
  results: 'Results',
  page: '/payment-problems/',
};
const ZH: Locale = {
  home: '/zh-cn/',
  trigger: '搜索',
  dialog: '搜索本指南',
  results: '搜索结果',
  page: '/zh-cn/payment-problems/',
};

/** Opens search from the header on the locale's home page, types the query, returns the result links. */
async function resultLinks(page: Page, l: Locale, query: string): Promise<string[]> {
  await page.goto(l.home);
  await page.getByRole('banner').getByRole('link', { name: l.trigger }).click();
  const dialog = page.getByRole('dialog', { name: l.dialog });
  const input = dialog.getByRole('searchbox', { name: l.dialog });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(dialog.getByRole('status')).toContainText(query);
  const links = dialog.getByRole('list', { name: l.results }).getByRole('link');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

const cases: [query: string, locale: Locale, section: string][] = [
  ['card declined', EN, 'card-declined'],
  ['card rejected', EN, 'card-declined'],
  ['arrears', EN, 'arrears'],
  ['overdue', EN, 'arrears'],
  ['invoice', EN, 'invoices'],
  ['refund', EN, 'refunds-and-unsubscribing'],
  ['绑卡失败', ZH, 'card-declined'],
  ['欠费', ZH, 'arrears'],
  ['发票', ZH, 'invoices'],
  ['退订', ZH, 'refunds-and-unsubscribing'],
];

test.describe('search finds the payment problems', () => {
  for (const [query, locale, section] of cases) {
    test(`"${query}" lists ${locale.page}#${section}`, async ({ page }) => {
      const found = await resultLinks(page, locale, query);
      expect(found).toContain(`${locale.page}#${section}`);
      expect(
        found.every(
          (href) => href.startsWith(locale === ZH ? '/zh-cn/' : '/') && !(locale === EN && href.startsWith('/zh-cn/')),
        ),
      ).toBe(true);
    });
  }

  test('the result opens the section: its heading is on screen', async ({ page }) => {
    await resultLinks(page, EN, 'card rejected');
    await page
      .getByRole('dialog')
      .getByRole('link')
      .and(page.locator('[href="/payment-problems/#card-declined"]'))
      .click();
    await expect(page).toHaveURL('/payment-problems/#card-declined');
    await expect(page.getByRole('heading', { level: 2, name: 'My card is declined when I add it' })).toBeInViewport();
  });
});
