/**
 * The words people type when something goes wrong with their account find the section of the
 * account problems page that answers it, in both languages: one test per term, typed into the
 * header search as a reader would.
 */
import type { Page } from '@playwright/test';
import { expect, scriptsReady, test } from './fixtures.ts';

const EN = { home: '/', trigger: 'Search', dialog: 'Search the guide', results: 'Results', found: /\d+ results? for/ };
const ZH = { home: '/zh-cn/', trigger: '搜索', dialog: '搜索本指南', results: '搜索结果', found: /找到/ };

/** Opens search from the header, types the query and returns the links of the results. */
async function searchFor(page: Page, query: string, ui: typeof EN | typeof ZH) {
  await page.goto(ui.home);
  await scriptsReady(page, ui.trigger);
  await page.getByRole('banner').getByRole('link', { name: ui.trigger }).click();
  const dialog = page.getByRole('dialog', { name: ui.dialog });
  await dialog.getByRole('searchbox', { name: ui.dialog }).fill(query);
  await expect(dialog.getByRole('status')).toContainText(query);
  await expect(dialog.getByRole('status')).toHaveText(ui.found);
  return dialog.getByRole('list', { name: ui.results }).getByRole('link');
}

const cases: [query: string, section: string, ui: typeof EN | typeof ZH, heading: RegExp][] = [
  ['no SMS', '/account-problems/#verification-code', EN, /verification code does not arrive/],
  ['verification code', '/account-problems/#verification-code', EN, /verification code does not arrive/],
  ['delete account', '/account-restrictions/#delete-account', EN, /Deleting your account/],
  ['frozen', '/account-restrictions/#account-frozen', EN, /Account frozen or restricted/],
  ['Turkey', '/account-changes/#turkiye', EN, /Türkiye/],
  ['收不到验证码', '/zh-cn/account-problems/#verification-code', ZH, /收不到验证码/],
  ['注销', '/zh-cn/account-restrictions/#delete-account', ZH, /注销账号/],
  ['冻结', '/zh-cn/account-restrictions/#account-frozen', ZH, /账号被冻结或受限/],
];

test.describe('search finds the account problems by the words people type', () => {
  for (const [query, section, ui, heading] of cases) {
    test(`"${query}" lists ${section}`, async ({ page }) => {
      const links = await searchFor(page, query, ui);
      const result = links.and(page.locator(`[href="${section}"]`));
      await expect(result).toHaveCount(1);
      await expect(result).toHaveAccessibleName(heading);
      await result.click();
      await expect(page).toHaveURL(section);
      const id = section.split('#')[1] ?? '';
      const target = page.getByRole('heading', { level: 2, name: heading });
      await expect(target).toHaveAttribute('id', id);
      await expect(target).toBeInViewport();
    });
  }
});

test('"Turkey" is on the page once, beside Türkiye in running text, not in a keyword list', async ({ page }) => {
  await page.goto('/account-changes/');
  await expect(page.getByRole('main').getByText('Türkiye (Turkey)')).toBeVisible();
  // No keyword list: the word appears once, in a sentence.
  expect(await page.getByRole('main').evaluate((m) => (m.textContent ?? '').split('Turkey').length - 1)).toBe(1);
});
