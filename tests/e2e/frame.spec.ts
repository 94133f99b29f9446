import { expect, PAGES, test } from './fixtures.ts';

test.describe('site frame', () => {
  test.describe.configure({ timeout: 60_000 });
  test('every English page has the frame: skip link, header, sidebar with current page, footer', async ({ page }) => {
    for (const path of PAGES) {
      await page.goto(path);
      const menu = page.locator('summary', { hasText: 'Menu' });
      if (await menu.isVisible()) await menu.click();
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
      await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
      const nav = page.getByRole('navigation', { name: 'Guide' });
      await expect(nav.getByRole('link')).toHaveCount(PAGES.length);
      await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', path);
      await expect(page.getByRole('contentinfo')).toContainText('not affiliated with Huawei');
      await expect(page.getByRole('contentinfo')).toContainText(/Last reviewed/);
    }
  });

  test('skip link moves focus to the main content', async ({ page }) => {
    await page.goto('/register/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('previous and next links follow the sidebar order', async ({ page }) => {
    await page.goto('/register/');
    const pn = page.getByRole('navigation', { name: 'More pages' });
    await expect(pn.getByRole('link', { name: /Previous/ })).toHaveAttribute('href', '/prepare/');
    await expect(pn.getByRole('link', { name: /Next/ })).toHaveAttribute('href', '/complete-account/');
  });

  test('the 404 page answers with status 404 in the right language and links back', async ({ page, watch }) => {
    watch.allow(/HTTP 404|status of 404/);
    const en = await page.goto('/no-such-page/');
    expect(en?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the start of the guide' }).click();
    await expect(page).toHaveURL('/');
    const zh = await page.goto('/zh-cn/no-such-page/');
    expect(zh?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
    await expect(page.getByRole('link', { name: '返回指南首页' })).toHaveAttribute('href', '/zh-cn/');
  });
});

test.describe('theme', () => {
  test('follows the system, the toggle overrides it and the choice persists without a flash', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/prepare/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe('rgb(20, 22, 26)');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(await bg()).toBe('rgb(255, 255, 255)');
    expect(await page.evaluate(() => localStorage.getItem('hwc-guide:theme:v1'))).toBe('light');
    // The saved theme is applied before the first paint: read it at the very first script run.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState === 'interactive') {
          (window as unknown as { firstTheme: string }).firstTheme = document.documentElement.dataset.theme ?? '';
        }
      });
    });
    await page.reload();
    expect(await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme)).toBe('light');
    expect(await bg()).toBe('rgb(255, 255, 255)');
  });

  test('survives storage that throws', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError');
        },
      });
    });
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto('/');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('content pages load no script and the menus still open', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url());
    });
    await page.goto('/faq/');
    expect(scripts).toEqual([]);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const vw = page.viewportSize()?.width ?? 1280;
    if (vw < 768) {
      const nav = page.getByRole('navigation', { name: 'Guide' });
      await expect(nav).toBeHidden();
      await page.getByText('Menu', { exact: true }).click();
      await expect(nav).toBeVisible();
    } else {
      await expect(page.getByRole('navigation', { name: 'Guide' })).toBeVisible();
    }
  });
});

test.describe('print', () => {
  test('prints without navigation chrome and shows where links go', async ({ page }) => {
    await page.goto('/register/');
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['.site-header', '.sidebar', '.toc', '.prev-next', '.anchor-link']) {
      await expect(page.locator(selector).first(), selector).toBeHidden();
    }
    await expect(page.locator('main h1')).toBeVisible();
    const external = page.locator('main a.external').first();
    const href = await external.getAttribute('href');
    const after = await external.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain(href ?? 'missing');
  });
});
