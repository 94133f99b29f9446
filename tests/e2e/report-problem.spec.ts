import { expect, test } from './fixtures.ts';

/** The new-issue page the link opens is answered by the test: the only foreign address allowed here. */
const NEW_ISSUE = /^foreign request: https:\/\/github\.com\/example\/hwcloud-intl-guide\/issues\/new\?/;

/**
 * The issue the "Report a problem" link opens (the test build names a repository), as a reader
 * gets it: the link is clicked and the new-issue address it leads to is read (and answered here,
 * so nothing leaves the machine).
 */
async function reportBody(page: import('@playwright/test').Page, name: string | RegExp) {
  let opened = '';
  await page.route('https://github.com/**', (route) => {
    opened = route.request().url();
    return route.fulfill({ status: 200, contentType: 'text/plain', body: 'new issue' });
  });
  await page.getByRole('link', { name }).click();
  // The new-issue page has loaded (not only been asked for): the next step may navigate again.
  await page.waitForURL(/^https:\/\/github\.com\//);
  await expect.poll(() => opened).not.toBe('');
  const href = new URL(opened);
  return { href, body: href.searchParams.get('body') ?? '', title: href.searchParams.get('title') ?? '' };
}

test('the report link names the page, language and build date, and the section in view', async ({ page, watch }) => {
  watch.allow(NEW_ISSUE);
  await page.goto('/recharge/');
  const before = await reportBody(page, /Report a problem with this page/);
  expect(`${before.href.origin}${before.href.pathname}`).toBe(
    'https://github.com/example/hwcloud-intl-guide/issues/new',
  );
  expect(before.body).toMatch(/^Page: https?:\/\/[^\s]+\/recharge\/\n/);
  expect(before.body).toContain('Language: English (en)');
  expect(before.body).toMatch(/Site built: \d{4}-\d{2}-\d{2}/);

  await page.goto('/top-up/#bank-transfer');
  await expect(page.locator('#bank-transfer')).toBeFocused();
  const after = await reportBody(page, /Report a problem with this page/);
  expect(after.body).toMatch(/\/top-up\/#bank-transfer\n/);
  expect(after.body).toContain('Section: Bank transfer (#bank-transfer)');
  expect(after.title).toContain('Bank transfer');
});

test('the section read last is kept while the reader scrolls down to the link', async ({ page, watch }) => {
  watch.allow(NEW_ISSUE);
  await page.goto('/recharge/');
  // Read down to the section: its heading just under the sticky header.
  await page.locator('#automatic-card-payment').evaluate((el) => {
    const headerBottom = document.querySelector('.site-header')?.getBoundingClientRect().bottom ?? 0;
    window.scrollBy(0, el.getBoundingClientRect().top - headerBottom);
  });
  await expect(page.locator('[data-toc] a[aria-current="true"]')).toHaveAttribute('href', '#automatic-card-payment');
  await page.mouse.wheel(0, 20000);
  const { body } = await reportBody(page, /Report a problem with this page/);
  expect(body).toContain('Section: Automatic card payment (#automatic-card-payment)');
});

test('Chinese pages report in Chinese', async ({ page, watch }) => {
  watch.allow(NEW_ISSUE);
  await page.goto('/zh-cn/register/');
  const { body } = await reportBody(page, /报告本页的问题/);
  expect(body).toContain('语言: 简体中文 (zh-cn)');
  expect(body).toMatch(/\/zh-cn\/register\//);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the link still opens a prefilled issue for the page', async ({ page }) => {
    await page.goto('/faq/');
    const href = new URL(
      (await page.getByRole('link', { name: /Report a problem with this page/ }).getAttribute('href')) ?? '',
    );
    expect(href.searchParams.get('body')).toMatch(/\/faq\/\n/);
  });
});
