/**
 * Search finds each payment problem by the words people type, in both languages: the result
 * list links to the right section of the payment-problems pages. One test per term.
 */
import type { Page } from '@playwright/test';
import { expect, scriptsReady, test } from './fixtures.ts';

interface Locale {
  home: string;
  trigger: string;
  dialog: string;
  results: string;
  /** The locale's path prefix. */
  prefix: string;
}
const EN: Locale = {
  home: '/',
  trigger: 'Search',
  dialog: 'Search the guide',
  results: 'Results',
  prefix: '',
};
const ZH: Locale = {
  home: '/zh-cn/',
  trigger: '搜索',
  dialog: '搜索本指南',
  results: '搜索结果',
  prefix: '/zh-cn',
};

/** Opens search from the header on the locale's home page, types the query, returns the result links. */
async function resultLinks(page: Page, l: Locale, query: string): Promise<string[]> {
  await page.goto(l.home);
  await scriptsReady(page, l.trigger);
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

/** Each term, and the page (slug) and section it must find. */
const cases: [query: string, locale: Locale, section: string][] = [
  ['card declined', EN, 'payment-problems/#card-declined'],
  ['card rejected', EN, 'payment-problems/#card-declined'],
  ['arrears', EN, 'bills-and-arrears/#arrears'],
  ['overdue', EN, 'bills-and-arrears/#arrears'],
  ['invoice', EN, 'bills-and-arrears/#invoices'],
  ['refund', EN, 'coupons-and-refunds/#refunds-and-unsubscribing'],
  ['绑卡失败', ZH, 'payment-problems/#card-declined'],
  ['欠费', ZH, 'bills-and-arrears/#arrears'],
  ['发票', ZH, 'bills-and-arrears/#invoices'],
  ['退订', ZH, 'coupons-and-refunds/#refunds-and-unsubscribing'],
];

test.describe('search finds the payment problems', () => {
  for (const [query, locale, section] of cases) {
    test(`"${query}" lists ${locale.prefix}/${section}`, async ({ page }) => {
      const found = await resultLinks(page, locale, query);
      expect(found).toContain(`${locale.prefix}/${section}`);
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
