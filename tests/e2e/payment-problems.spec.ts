/**
 * The payment problems as a reader on a phone uses them: the index at the top of the first
 * page takes them to the problem (on that page or the two after it), the pages sit after the
 * FAQ pages in the sidebar and the previous/next links, and the list of card countries opens on
 * request.
 */
import { expect, test } from './fixtures.ts';

test.describe('payment problems page', () => {
  test('the index at the top lists the eight problems; a link opens its section', async ({ page }) => {
    await page.goto('/payment-problems/');
    const index = page.getByRole('navigation', { name: 'All payment problems' });
    await expect(index.getByRole('link')).toHaveText([
      'My card is declined',
      'My card is from a mainland-China bank',
      'My account is in arrears',
      'Paying an outstanding bill',
      'Invoices',
      'Cash coupons',
      'Refunds and unsubscribing',
      'Auto-renewal',
    ]);
    await index.getByRole('link', { name: 'Paying an outstanding bill' }).click();
    await expect(page).toHaveURL('/bills-and-arrears/#pay-outstanding-bill');
    await expect(page.getByRole('heading', { level: 2, name: 'Paying an outstanding bill' })).toBeInViewport();
  });

  test('the Chinese index leads to the Chinese sections', async ({ page }) => {
    await page.goto('/zh-cn/payment-problems/');
    const index = page.getByRole('navigation', { name: '全部付款问题' });
    await expect(index.getByRole('link')).toHaveCount(8);
    await index.getByRole('link', { name: '账号欠费' }).click();
    await expect(page).toHaveURL('/zh-cn/bills-and-arrears/#arrears');
    await expect(page.getByRole('heading', { level: 2, name: '账号欠费（逾期未付）' })).toBeInViewport();
  });

  test('its pages come after the FAQ pages, in the sidebar and in the previous/next links', async ({ page }) => {
    await page.goto('/more-questions/');
    const more = () => page.getByRole('navigation', { name: 'More pages' });
    const next = more().getByRole('link', { name: /Next/ });
    await expect(next).toHaveAttribute('href', '/payment-problems/');
    await next.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Payment problems');
    await expect(more().getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/more-questions/');
    await expect(more().getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/bills-and-arrears/');
    const menu = page.locator('summary', { hasText: 'Menu' });
    if (await menu.isVisible()) await menu.click();
    const sidebar = page.getByRole('navigation', { name: 'Guide' }).getByRole('link');
    const names = await sidebar.allTextContents();
    const at = names.indexOf('Payment problems');
    expect(at).toBe(names.indexOf('More questions: country, cards, PayPal, partners') + 1);
    expect(names.slice(at, at + 3)).toEqual([
      'Payment problems',
      'Arrears, bills and invoices',
      'Cash coupons, refunds and auto-renewal',
    ]);
    await expect(sidebar.and(page.locator('[aria-current="page"]'))).toHaveText('Payment problems');
  });

  test('the card countries for online payment open on request', async ({ page }) => {
    await page.goto('/payment-problems/#mainland-china-cards');
    const countries = page.getByText('Angola, Argentina');
    await expect(countries).toBeHidden();
    await page.getByText('Card countries and regions for online payment').click();
    await expect(countries).toBeVisible();
    await expect(countries).toContainText('Hong Kong (China)');
  });
});
