import { readFileSync } from 'node:fs';
import { builtPages, expect, hydrated, scriptsReady, test } from './fixtures.ts';

/** Every h2/h3 id of every built guide page, read from the built HTML. */
function sectionIds(path: string): string[] {
  const file = `dist${path}index.html`;
  const html = readFileSync(file, 'utf8');
  return [...html.matchAll(/<div class="heading-wrapper level-h[23]"><h[23] id="([^"]+)"/g)].map((m) => m[1] ?? '');
}
const guidePages = builtPages().filter((p) => p.endsWith('/') && !p.includes('search'));

test.describe('cold load of page#id', () => {
  test.describe.configure({ timeout: 120_000 });
  for (const path of guidePages) {
    test(`every section of ${path} lands below the header, focused and current in the TOC`, async ({ page }) => {
      const ids = sectionIds(path);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) {
        await page.goto(`${path}#${id}`);
        await hydrated(page);
        const heading = page.locator(`[id="${id}"]`);
        await expect(heading).toBeFocused();
        const headerBox = await page.locator('.site-header').boundingBox();
        const box = await heading.boundingBox();
        const viewport = page.viewportSize();
        expect(box && headerBox && viewport).toBeTruthy();
        if (!box || !headerBox || !viewport) return;
        expect(box.y, `${id} is below the sticky header`).toBeGreaterThanOrEqual(headerBox.y + headerBox.height - 1);
        expect(box.y + box.height, `${id} is on screen`).toBeLessThanOrEqual(viewport.height);
        const current = page.locator('[data-toc] a[aria-current="true"]');
        await expect(current, `TOC marks ${id}`).toHaveCount(1);
        await expect(current).toHaveAttribute('href', `#${id}`);
      }
    });
  }
});

test.describe('in-page navigation', () => {
  test('a TOC link and back/forward land on the section with focus', async ({ page }) => {
    await page.goto('/register/');
    await scriptsReady(page);
    const toc = page.locator('[data-toc]');
    const summary = page.locator('summary', { hasText: 'On this page' });
    if (await summary.isVisible()) await summary.click();
    await toc.getByRole('link', { name: 'Open the International site' }).click();
    await expect(page).toHaveURL(/#open-the-international-site$/);
    await expect(page.locator('#open-the-international-site')).toBeFocused();
    await expect(page.locator('#open-the-international-site')).toBeInViewport();
    await expect(page.locator('#open-the-international-site')).toHaveClass(/is-target/);
    await page.goto('/register/#basic-information');
    await expect(page.locator('#basic-information')).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL(/#open-the-international-site$/);
    await expect(page.locator('#open-the-international-site')).toBeFocused();
    await expect(page.locator('#open-the-international-site')).toBeInViewport();
    await page.goForward();
    await expect(page.locator('#basic-information')).toBeFocused();
  });

  test('the anchor link of a heading is a real link with an accessible name', async ({ page }) => {
    await page.goto('/register/');
    const link = page.getByRole('link', { name: 'Link to section: Open the International site' });
    await expect(link).toHaveAttribute('href', '#open-the-international-site');
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/register\/#open-the-international-site$/);
    await expect(page.locator('#open-the-international-site')).toBeFocused();
  });

  test('at the bottom of a tall screen the last section is current', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.goto('/faq/');
    await page.mouse.wheel(0, 100000);
    await page.waitForFunction(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 2);
    const links = page.locator('[data-toc] a');
    const last = await links.last().getAttribute('href');
    await expect(page.locator('[data-toc] a[aria-current="true"]')).toHaveAttribute('href', last ?? '');
  });

  test('at the top of the page no section is marked current', async ({ page }) => {
    await page.goto('/faq/');
    await expect(page.locator('[data-toc] a[aria-current]')).toHaveCount(0);
  });
});

test.describe('aliases and unknown ids', () => {
  test('an unknown id leaves the page at the top without errors', async ({ page }) => {
    await page.goto('/register/#no-such-section');
    await hydrated(page);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    await expect(page.locator('[data-toc] a[aria-current]')).toHaveCount(0);
  });

  test('a hostile hash is harmless', async ({ page }) => {
    let dialog = false;
    page.on('dialog', async (d) => {
      dialog = true;
      await d.dismiss();
    });
    await page.goto('/register/#%E0%A4%A');
    await page.goto('/register/#"><img src=x onerror=alert(1)>');
    expect(dialog).toBe(false);
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });
});

test.describe('copy link', () => {
  test('copies the absolute URL of the section, with announced feedback', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/register/?for=individual');
    await scriptsReady(page);
    const button = page.getByRole('button', { name: 'Copy link to section: Open the International site' });
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('.copy-status')).toHaveText('Link copied');
    await expect(page.locator('#announcer')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/register/#open-the-international-site`,
    );
  });

  test('when the clipboard is refused, the URL is shown selected for copying by hand', async ({ page, baseURL }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      });
    });
    await page.goto('/register/');
    await scriptsReady(page);
    await page.getByRole('button', { name: 'Copy link to section: Fill in basic information' }).click();
    const field = page.getByRole('textbox', { name: /Copy failed/ });
    await expect(field).toHaveValue(`${baseURL}/register/#basic-information`);
    await expect(field).toBeFocused();
    expect(await field.evaluate((el: HTMLInputElement) => (el.selectionEnd ?? 0) - (el.selectionStart ?? 0))).toBe(
      `${baseURL}/register/#basic-information`.length,
    );
  });
});

test.describe('language switch', () => {
  test('keeps the page, the query string and the section, both ways', async ({ page }) => {
    await page.goto('/recharge/?for=individual&card=yes#automatic-card-payment');
    await scriptsReady(page);
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL('/zh-cn/recharge/?for=individual&card=yes#automatic-card-payment');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('#automatic-card-payment')).toBeFocused();
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL('/recharge/?for=individual&card=yes#automatic-card-payment');
    await expect(page.locator('#automatic-card-payment')).toBeFocused();
  });
});

test.describe('across languages', () => {
  test('the chooser answers survive the language switch', async ({ page }) => {
    await page.goto('/recharge/?for=enterprise&card=no&pay=prepaid#choose-a-method');
    await hydrated(page);
    await expect(page.locator('input[name="for"][value="enterprise"]')).toBeChecked();
    await page.locator('[data-lang-switch]').click();
    await expect(page).toHaveURL('/zh-cn/recharge/?for=enterprise&card=no&pay=prepaid#choose-a-method');
    await hydrated(page);
    await expect(page.locator('input[name="for"][value="enterprise"]')).toBeChecked();
    await expect(page.locator('input[name="card"][value="no"]')).toBeChecked();
    await expect(page.locator('input[name="pay"][value="prepaid"]')).toBeChecked();
    await expect(page.locator('#choose-a-method')).toBeFocused();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the TOC marks nothing and anchors still work', async ({ page }) => {
    await page.goto('/bind-card/#bind-a-payment-method');
    await expect(page.locator('[data-toc] a[aria-current]')).toHaveCount(0);
    await expect(page.locator('#bind-a-payment-method')).toBeInViewport();
  });
});

test.describe('renamed sections', () => {
  for (const prefix of ['', '/zh-cn']) {
    test(`an alias id lands on the new id (${prefix || 'en'})`, async ({ page }) => {
      await page.goto(`${prefix}/register/#bind-payment-method`);
      await expect(page).toHaveURL(`${prefix}/bind-card/#bind-a-payment-method`);
      await expect(page.locator('#bind-a-payment-method')).toBeFocused();
      await expect(page.locator('#bind-a-payment-method')).toBeInViewport();
    });
  }
});

test.describe('sections that moved to another page', () => {
  const MOVES = [
    ['/recharge/#manual-top-up', '/top-up/#manual-top-up'],
    ['/recharge/#partner-conditions', '/partners/#partner-conditions'],
    ['/register/#complete-account-information', '/complete-account/#complete-account-information'],
    ['/faq/#paypal', '/more-questions/#paypal'],
    ['/payment-problems/#auto-renewal', '/coupons-and-refunds/#auto-renewal'],
    ['/account-problems/#turkiye', '/account-changes/#turkiye'],
  ] as const;
  for (const prefix of ['', '/zh-cn']) {
    for (const [from, to] of MOVES) {
      test(`${prefix}${from} follows the section to ${prefix}${to}`, async ({ page }) => {
        await page.goto(`${prefix}${from}`);
        await expect(page).toHaveURL(`${prefix}${to}`);
        const heading = page.locator(`[id="${to.split('#')[1]}"]`);
        await expect(heading).toBeFocused();
        await expect(heading).toBeInViewport();
      });
    }
  }

  test('parameters after the id travel with it, and the old address is not kept in history', async ({ page }) => {
    await page.goto('/');
    await page.goto('/payment-problems/#invoices&from=mail');
    await expect(page).toHaveURL('/bills-and-arrears/#invoices&from=mail');
    await expect(page.locator('#invoices')).toBeFocused();
    await page.goBack();
    await expect(page).toHaveURL('/');
  });

  test('an id that neither exists nor moved still leaves the page at the top', async ({ page }) => {
    await page.goto('/recharge/#no-such-section');
    await hydrated(page);
    await expect(page).toHaveURL('/recharge/#no-such-section');
    expect(await page.evaluate(() => scrollY)).toBe(0);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the old page opens at the top and links to the page the section moved to', async ({ page }) => {
      await page.goto('/recharge/#manual-top-up');
      await expect(page).toHaveURL('/recharge/#manual-top-up');
      await expect(page.getByRole('main').getByRole('link', { name: 'Manual top-up' }).first()).toHaveAttribute(
        'href',
        '/top-up/#manual-top-up',
      );
    });
  });
});
