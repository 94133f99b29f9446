import type { Page } from '@playwright/test';
import { searchTranslator } from '../../src/features/search/strings/index.ts';
import { stringsFor, translator } from '../../src/i18n/translate.ts';
import { UI } from '../../src/i18n/ui.ts';
import { BUILT_LOCALES, expect, FRAME_SCRIPT, inLocale, PAGES, scriptsReady, test } from './fixtures.ts';

/** The frame of every locale the build has (with the pseudo-locale in a pseudo-locale build). */
for (const { code: locale, lang } of BUILT_LOCALES) {
  const t = translator(stringsFor(UI, locale), lang);
  const at = (path: string) => inLocale(path, locale);

  test.describe(`site frame (${locale})`, () => {
    test.describe.configure({ timeout: 60_000 });
    for (const path of PAGES.map(at)) {
      test(`${path} has the frame: skip link, header, sidebar with current page, footer`, async ({ page }) => {
        await page.goto(path);
        const menu = page.locator('summary', { hasText: t('nav.menu') });
        if (await menu.isVisible()) await menu.click();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.getByRole('link', { name: t('skip.link') })).toBeAttached();
        await expect(page.getByRole('heading', { level: 1 })).toHaveCount(1);
        const nav = page.getByRole('navigation', { name: t('nav.label') });
        await expect(nav.getByRole('link')).toHaveCount(PAGES.length);
        await expect(nav.locator('a[aria-current="page"]')).toHaveAttribute('href', path);
        await expect(page.getByRole('contentinfo')).toContainText(t('footer.unofficial'));
        await expect(page.getByRole('contentinfo')).toContainText(t('footer.lastReviewed'));
      });
    }

    test('the language switch lists every other locale, each on the same page', async ({ page }) => {
      const others = BUILT_LOCALES.filter((l) => l.code !== locale);
      for (const path of ['/', '/register/']) {
        await page.goto(`${at(path)}?card=yes#basic-information`);
        await scriptsReady(page, searchTranslator(locale)('search.trigger'));
        const links = page.locator('[data-lang-switch]');
        await expect(links).toHaveCount(others.length);
        for (const [i, other] of others.entries()) {
          const link = links.nth(i);
          // The switch takes the address's query and section when the reader reaches it.
          await link.focus();
          await expect(link).toHaveText(other.label);
          await expect(link).toHaveAttribute('hreflang', other.lang);
          await expect(link).toHaveAttribute('href', `${inLocale(path, other.code)}?card=yes#basic-information`);
        }
      }
    });

    test('skip link moves focus to the main content', async ({ page }) => {
      await page.goto(at('/register/'));
      await page.keyboard.press('Tab');
      const skip = page.getByRole('link', { name: t('skip.link') });
      await expect(skip).toBeFocused();
      await expect(skip).toBeInViewport();
      await page.keyboard.press('Enter');
      await expect(page.locator('main')).toBeFocused();
    });

    test('previous and next links follow the sidebar order', async ({ page }) => {
      await page.goto(at('/register/'));
      const pn = page.getByRole('navigation', { name: t('prevnext.label') });
      await expect(pn.getByRole('link', { name: t('prevnext.prev') })).toHaveAttribute('href', at('/prepare/'));
      await expect(pn.getByRole('link', { name: t('prevnext.next') })).toHaveAttribute(
        'href',
        at('/complete-account/'),
      );
    });

    test('the 404 page answers with status 404 in the right language and links back', async ({ page, watch }) => {
      watch.allow(/HTTP 404|status of 404/);
      const response = await page.goto(at('/no-such-page/'));
      expect(response?.status()).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t('notfound.title'));
      const home = page.getByRole('link', { name: t('notfound.home') });
      await expect(home).toHaveAttribute('href', at('/'));
      await home.click();
      await expect(page).toHaveURL(at('/'));
    });
  });
}

test.describe('header while the page arrives', () => {
  test('a header parsed up to its first button shows no button yet (nothing is pushed aside later)', async ({
    page,
  }) => {
    for (const path of ['/search/', '/zh-cn/search/', '/prepare/']) {
      const html = await (await page.request.get(path)).text();
      const end = html.indexOf('</a>', html.indexOf('data-search-trigger')) + '</a>'.length;
      // What a browser has parsed when it paints early: the page cut after the first header button.
      await page.route(`**${path}`, (route) =>
        route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html.slice(0, end) }),
      );
      await page.goto(path);
      await expect(page.locator('.site-name')).toBeVisible();
      await expect(page.locator('[data-search-trigger]')).toBeHidden();
      await page.unroute(`**${path}`);
      await page.goto(path);
      await expect(page.locator('[data-search-trigger]')).toBeVisible();
      await expect(page.locator('[data-lang-switch]')).toBeVisible();
      await expect(page.locator('[data-theme-toggle]')).toBeVisible();
    }
  });
});

test.describe('scripts on pages with islands', () => {
  /** When the page's script files were requested, and when it first painted content (ms). */
  const timings = (page: Page) =>
    page.evaluate(
      (frame) => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        frame: performance
          .getEntriesByType('resource')
          .filter((e) => new RegExp(frame).test(e.name))
          .map((e) => e.startTime),
      }),
      FRAME_SCRIPT.source,
    );

  test('load after the first contentful paint, and then run', async ({ page }) => {
    await page.goto('/prepare/');
    await scriptsReady(page);
    const t = await timings(page);
    expect(t.frame.length).toBeGreaterThan(0);
    for (const start of t.frame) expect(start).toBeGreaterThanOrEqual(t.fcp);
  });

  test('a browser without Paint Timing still gets them, within a second or so', async ({ page }) => {
    await page.addInitScript(() => {
      Reflect.deleteProperty(window, 'PerformanceObserver');
    });
    const requested = page.waitForRequest(FRAME_SCRIPT);
    await page.goto('/register/');
    await requested;
    await scriptsReady(page);
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  });

  test('a page opened at a section loads them at once and lands on the section', async ({ page }) => {
    await page.goto('/faq/#currency-and-exchange-rates');
    await scriptsReady(page);
    await expect(page.getByRole('heading', { level: 2, name: 'Currency and exchange rates' })).toBeInViewport();
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
    await scriptsReady(page);
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
