import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, PAGES, scriptsReady, test } from '../../../tests/e2e/fixtures.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

const trigger = (page: Page, name = 'Search') => page.getByRole('banner').getByRole('link', { name });
const dialog = (page: Page, name = 'Search the guide') => page.getByRole('dialog', { name });
const results = (scope: Locator, name = 'Results') => scope.getByRole('list', { name }).getByRole('link');

/** Opens search with the header link and types a query; resolves when the results are listed. */
async function search(page: Page, query: string, names = { trigger: 'Search', dialog: 'Search the guide' }) {
  await scriptsReady(page, names.trigger);
  await trigger(page, names.trigger).click();
  const d = dialog(page, names.dialog);
  await expect(d).toBeVisible();
  const input = d.getByRole('searchbox', { name: names.dialog });
  await expect(input).toBeFocused();
  await input.fill(query);
  await expect(d.getByRole('status')).toContainText(query);
  return d;
}

async function hrefs(links: Locator): Promise<string[]> {
  return links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

/** Requests a page makes, recorded from before its first byte. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  return urls;
}

test.describe('search: loading', () => {
  test('a content page makes no JavaScript request until search opens; then loads the search code and Pagefind', async ({
    page,
  }) => {
    const urls = recordRequests(page);
    // A content page: no island (the FAQ has the link check since it came).
    await page.goto('/payment-problems/');
    await page.waitForLoadState('networkidle');
    expect(urls.filter((u) => u.endsWith('.js') || u.endsWith('.mjs'))).toEqual([]);
    expect(urls.filter((u) => u.includes('pagefind'))).toEqual([]);
    await trigger(page).click();
    await expect(dialog(page)).toBeVisible();
    await expect.poll(() => urls.filter((u) => /\/_astro\/search-ui-[\w-]+\.js$/.test(u)).length).toBe(1);
    await expect.poll(() => urls.includes('/pagefind/pagefind.js')).toBe(true);
  });

  test('no page requests search code or the index before search opens', async ({ page }) => {
    for (const path of [...PAGES, '/zh-cn/', '/zh-cn/faq/']) {
      const urls = recordRequests(page);
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      expect(
        urls.filter((u) => u.includes('pagefind') || u.includes('search-ui')),
        path,
      ).toEqual([]);
      page.removeAllListeners('request');
    }
  });
});

test.describe('search: finds the right sections', () => {
  const cases: [query: string, expected: string][] = [
    ['PayPal', '/more-questions/#paypal'],
    ['USDT', '/partners/#partner-advantages'],
    ['pre-authorization', '/bind-card/#bind-a-payment-method'],
    ['risk control', '/faq/#account-at-risk'],
    ['mobile number', '/prepare/#mobile-number'],
    // Checklist items: their text is indexed too.
    ['receives mail from abroad', '/prepare/#checklist'],
    ['clicked Sign Up', '/register/#progress'],
  ];
  for (const [query, expected] of cases) {
    test(`"${query}" lists ${expected}`, async ({ page }) => {
      await page.goto('/');
      const d = await search(page, query);
      expect(await hrefs(results(d))).toContain(expected);
    });
  }

  test('each result names its section and page and shows the matching words', async ({ page }) => {
    await page.goto('/');
    const d = await search(page, 'PayPal');
    const link = results(d).and(page.locator('[href="/more-questions/#paypal"]'));
    await expect(link).toHaveAccessibleName(
      /^Can I pay with PayPal\? ?, More questions: country, cards, PayPal, partners$/,
    );
    await expect(link).toHaveAccessibleDescription(/PayPal/);
    await expect(d.locator('mark', { hasText: /^PayPal$/ }).first()).toBeVisible();
    await expect(d.getByRole('status')).toHaveText(/^\d+ results for “PayPal”$/);
  });

  test('a query without matches says so and offers the list of all sections', async ({ page }) => {
    await page.goto('/');
    const d = await search(page, 'xylophone');
    await expect(d.getByRole('status')).toHaveText(
      'No results for “xylophone”. Try another word, or browse all sections.',
    );
    await expect(d.getByRole('list', { name: 'Results' })).toBeHidden();
    await d.getByRole('link', { name: 'Browse all sections' }).click();
    await expect(page).toHaveURL('/search/');
  });

  test('a result opens its section: the URL has the id and the heading is on screen', async ({ page }) => {
    await page.goto('/');
    const d = await search(page, 'pre-authorization');
    await results(d).and(page.locator('[href="/bind-card/#bind-a-payment-method"]')).click();
    await expect(page).toHaveURL('/bind-card/#bind-a-payment-method');
    await expect(dialog(page)).toBeHidden();
    const heading = page.getByRole('heading', { level: 2, name: 'Bind a payment method' });
    await expect(heading).toHaveAttribute('id', 'bind-a-payment-method');
    await expect(heading).toBeInViewport();
  });

  test('a result on the page already open closes the dialog and scrolls to the section', async ({ page }) => {
    await page.goto('/faq/');
    const d = await search(page, 'PayPal');
    await results(d).and(page.locator('[href="/more-questions/#paypal"]')).click();
    await expect(d).toBeHidden();
    await expect(page).toHaveURL('/more-questions/#paypal');
    await expect(page.getByRole('heading', { name: 'Can I pay with PayPal?' })).toBeInViewport();
  });
});

test.describe('search: Chinese pages (index per language)', () => {
  const zh = { trigger: '搜索', dialog: '搜索本指南' };
  const cases: [query: string, expected: string[]][] = [
    ['实名认证', ['/zh-cn/faq/#real-name-authentication']],
    [
      '信用卡',
      [
        '/zh-cn/more-questions/#which-cards',
        '/zh-cn/prepare/#payment-method',
        '/zh-cn/bind-card/#bind-a-payment-method',
      ],
    ],
    ['PayPal', ['/zh-cn/more-questions/#paypal']],
  ];
  for (const [query, expected] of cases) {
    test(`"${query}" on a Chinese page lists a Chinese section (${expected.join(' or ')})`, async ({ page }) => {
      await page.goto('/zh-cn/');
      const d = await search(page, query, zh);
      await expect(d.getByRole('status')).toContainText('找到');
      const found = await hrefs(results(d, '搜索结果'));
      expect(found.some((h) => expected.includes(h))).toBe(true);
      expect(found.every((h) => h.startsWith('/zh-cn/'))).toBe(true);
    });
  }

  test('English pages list only English sections', async ({ page }) => {
    await page.goto('/faq/');
    const d = await search(page, 'PayPal');
    const found = await hrefs(results(d));
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((h) => h.startsWith('/zh-cn/'))).toBe(false);
  });
});

test.describe('search: keyboard', () => {
  test('"/" opens search, the arrow keys move between results, Enter opens the section', async ({ page }) => {
    await page.goto('/prepare/');
    await scriptsReady(page);
    await page.keyboard.press('/');
    const d = dialog(page);
    const input = d.getByRole('searchbox', { name: 'Search the guide' });
    await expect(input).toBeFocused();
    await page.keyboard.type('PayPal');
    await expect(d.getByRole('status')).toContainText('PayPal');
    await expect(input).toHaveValue('PayPal');
    expect(await results(d).count()).toBeGreaterThan(1);
    await page.keyboard.press('ArrowDown');
    await expect(results(d).first()).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(results(d).nth(1)).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(results(d).first()).toBeFocused();
    // Down to the PayPal section (the page that holds it may be listed first).
    const hrefs = await results(d).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const at = hrefs.indexOf('/more-questions/#paypal');
    expect(at).toBeGreaterThanOrEqual(0);
    for (let i = 0; i < at; i += 1) await page.keyboard.press('ArrowDown');
    await expect(results(d).nth(at)).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL('/more-questions/#paypal');
    const heading = page.getByRole('heading', { level: 2, name: 'Can I pay with PayPal?' });
    await expect(heading).toHaveAttribute('id', 'paypal');
    await expect(heading).toBeInViewport();
  });

  test('Tab moves from the field to the results; ArrowUp from the first result returns to the field', async ({
    page,
  }) => {
    await page.goto('/');
    const d = await search(page, 'USDT');
    const input = d.getByRole('searchbox');
    await page.keyboard.press('Tab');
    await expect(results(d).first()).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(input).toBeFocused();
  });

  test('Enter in the field opens the first result', async ({ page }) => {
    await page.goto('/');
    const d = await search(page, 'PayPal');
    const href = (await results(d).first().getAttribute('href')) ?? '';
    await d.getByRole('searchbox').press('Enter');
    await expect(page).toHaveURL(href);
  });

  test('Ctrl+K and Cmd+K open search; Escape closes it and focus returns to the trigger', async ({ page }) => {
    await page.goto('/recharge/');
    await scriptsReady(page);
    for (const combo of ['Control+k', 'Meta+k']) {
      await page.keyboard.press(combo);
      const d = dialog(page);
      await expect(d).toBeVisible();
      await expect(d.getByRole('searchbox')).toBeFocused();
      await page.keyboard.type('PayPal');
      await expect(d.getByRole('status')).toContainText('PayPal');
      await page.keyboard.press('Escape');
      await expect(d).toBeHidden();
      await expect(trigger(page)).toBeFocused();
    }
  });

  test('"/" typed into the search field is text, and reopening keeps the query', async ({ page }) => {
    await page.goto('/');
    await scriptsReady(page);
    await page.keyboard.press('/');
    await page.keyboard.type('USD/CNY');
    const d = dialog(page);
    await expect(d.getByRole('searchbox')).toHaveValue('USD/CNY');
    await d.getByRole('button', { name: 'Close' }).click();
    await expect(d).toBeHidden();
    await expect(trigger(page)).toBeFocused();
    await page.keyboard.press('/');
    await expect(d.getByRole('searchbox')).toHaveValue('USD/CNY');
  });
});

test.describe('search: without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header link leads to the search page, which lists every section of every page', async ({ page }) => {
    await page.goto('/register/');
    // A plain link: nothing says it opens a dialog.
    await expect(trigger(page)).not.toHaveAttribute('aria-haspopup');
    await trigger(page).click();
    await expect(page).toHaveURL('/search/');
    await expect(page).toHaveTitle('Search · HUAWEI CLOUD Intl guide');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('searchbox')).toBeHidden();
    const main = page.getByRole('main');
    await expect(main.getByRole('link', { name: 'FAQ and pitfalls', exact: true })).toHaveAttribute('href', '/faq/');
    await expect(main.getByRole('link', { name: 'Can I pay with PayPal?' })).toHaveAttribute(
      'href',
      '/more-questions/#paypal',
    );
    // h3 sections are listed under their h2.
    await expect(main.getByRole('link', { name: 'Official remedy' })).toHaveAttribute(
      'href',
      '/faq/#account-at-risk-official',
    );
    await main.locator('a[href="/bind-card/#bind-a-payment-method"]').click();
    await expect(page).toHaveURL('/bind-card/#bind-a-payment-method');
  });

  test('the Chinese search page lists the Chinese sections', async ({ page }) => {
    await page.goto('/zh-cn/faq/');
    await trigger(page, '搜索').click();
    await expect(page).toHaveURL('/zh-cn/search/');
    await expect(page.getByText('搜索功能需要 JavaScript')).toBeVisible();
    await expect(page.getByRole('main').locator('a[href="/zh-cn/faq/#real-name-authentication"]')).toBeVisible();
  });
});

test.describe('search page with JavaScript', () => {
  test('loads no search code until the box is used, then finds results as you type', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script' || r.url().includes('pagefind')) scripts.push(r.url());
    });
    await page.goto('/search/');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    const main = page.getByRole('main');
    const input = main.getByRole('searchbox', { name: 'Search the guide' });
    await input.click();
    await input.pressSequentially('USDT');
    await expect.poll(() => hrefs(results(main))).toContain('/partners/#partner-advantages');
    expect(scripts.length).toBeGreaterThan(0);
  });

  test('hosts a search box; the header shortcut focuses it; ?q= fills it in', async ({ page }) => {
    await page.goto('/search/?q=PayPal');
    const main = page.getByRole('main');
    const input = main.getByRole('searchbox', { name: 'Search the guide' });
    await expect(input).toHaveValue('PayPal');
    await expect(main.getByRole('status')).toContainText('PayPal');
    expect(await hrefs(results(main))).toContain('/more-questions/#paypal');
    await expect(page.getByText('Search needs JavaScript')).toBeHidden();
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('/');
    await expect(input).toBeFocused();
    await expect(dialog(page)).toBeHidden();
  });
});

test.describe('search: look and accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing with the dialog open and results showing (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/faq/');
      const d = await search(page, 'PayPal');
      await expect(results(d).first()).toBeVisible();
      const r = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      expect(r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }

  test('the dialog follows the theme and fits the screen', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/');
    const d = await search(page, 'USDT');
    const colors = await d.evaluate((el) => [
      getComputedStyle(el).backgroundColor,
      getComputedStyle(document.body).backgroundColor,
    ]);
    expect(colors[0]).toBe('rgb(20, 22, 26)');
    expect(colors[0]).toBe(colors[1]);
    const box = await d.boundingBox();
    const viewport = page.viewportSize();
    expect(box && viewport).toBeTruthy();
    if (!box || !viewport) return;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    if (viewport.width < 768) expect(box.width).toBe(viewport.width);
    const close = d.getByRole('button', { name: 'Close' });
    const closeBox = await close.boundingBox();
    expect(closeBox?.width).toBeGreaterThanOrEqual(24);
    expect(closeBox?.height).toBeGreaterThanOrEqual(24);
  });
});
