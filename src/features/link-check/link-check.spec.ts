/**
 * The link check in the browser, on every page that has it, in both languages: the result is
 * shown and announced, nothing is requested or navigated while checking, the address never
 * reaches the page URL, hostile input stays inert text, its code loads only on use, and
 * without JavaScript (or if its code cannot load) the block still tells how to read an address.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page, Request } from '@playwright/test';
import { expect, hydrated, test } from '../../../tests/e2e/fixtures.ts';
import { ALLOW_LIST } from './allow-list.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const ISLAND = /\/_astro\/island-(en|zh-cn)-[\w-]+\.js$/;
const PSL = /\/_astro\/psl-entry-[\w-]+\.js$/;

const L = {
  en: {
    prefix: '',
    label: 'Address to check',
    check: 'Check',
    waiting: 'The result appears here as you type.',
    intl: 'Huawei Cloud International',
    match: 'Matches the official list.',
    china: 'Huawei Cloud China site',
    console: 'Huawei Cloud console (International)',
    elsewhere: 'Not a Huawei Cloud address',
    notWeb: 'Not a web address',
    manual: 'How to read an address yourself',
    list: 'Addresses on the official list',
    noscript: 'Turn on JavaScript to check an address here',
    listSource: 'Where the list comes from',
    failed: 'Could not check this address',
    more: 'How to read an address yourself, and the official list this check uses',
  },
  'zh-cn': {
    prefix: '/zh-cn',
    label: '要检查的网址',
    check: '检查',
    waiting: '输入后，结果会立即显示在这里。',
    intl: '华为云国际站',
    match: '与官方列表一致。',
    china: '华为云中国站',
    console: '华为云控制台（国际站）',
    elsewhere: '不是华为云的网址',
    notWeb: '不是网址',
    manual: '如何自己看懂网址',
    list: '官方列表中的网址',
    noscript: '开启 JavaScript 后可以在这里检查网址',
    listSource: '列表的来源',
    failed: '无法检查这个网址',
    more: '如何自己看懂网址，以及本检查所依据的官方列表',
  },
} as const;
type Locale = keyof typeof L;
const LOCALES = Object.keys(L) as Locale[];
/** Where the check sits beside the guide (it links to the full guide to reading an address)... */
const PLACES = ['/register/', '/partners/', '/faq/'] as const;
/** ...and the page that shows that guide and the official list in full. */
const FULL = '/check-a-link/';

const field = (page: Page, locale: Locale) => page.getByRole('textbox', { name: L[locale].label });
const block = (page: Page) => page.locator('section.link-check');
const result = (page: Page) => block(page).locator('.link-check-result');
const live = (page: Page) => block(page).locator('[aria-live="polite"]');

/** Waits until the link check has hydrated (other islands on the page may still wait for use). */
async function fullyHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('[data-island="link-check"]')?.hasAttribute('data-hydrated'));
}

/** Requests for the link check's code, as they happen. */
function codeRequests(page: Page): string[] {
  const seen: string[] = [];
  page.on('request', (r) => {
    if (ISLAND.test(r.url()) || PSL.test(r.url())) seen.push(new URL(r.url()).pathname);
  });
  return seen;
}

/** Opens a page with the check, starts it as a reader would (focus in the field) and waits for its code. */
async function start(page: Page, locale: Locale, path: string = '/register/'): Promise<void> {
  await page.goto(`${L[locale].prefix}${path}`);
  await hydrated(page);
  const psl = page.waitForResponse(PSL);
  await field(page, locale).focus();
  await fullyHydrated(page);
  await psl;
  await page.waitForFunction(() => (globalThis as Record<symbol, unknown>)[Symbol.for('hwc-guide:link-check:psl')]);
}

for (const locale of LOCALES) {
  const t = L[locale];
  test.describe(`link check (${locale})`, () => {
    for (const path of [...PLACES, FULL]) {
      test(`${path}: no code before use; on first use one island module and the list, then nothing more`, async ({
        page,
      }) => {
        const requested = codeRequests(page);
        await page.goto(`${t.prefix}${path}`);
        await hydrated(page);
        await page.waitForTimeout(300);
        expect(requested).toEqual([]);
        await expect(block(page)).toHaveCount(1);
        await expect(field(page, locale)).toBeVisible();
        await expect(result(page)).toHaveText(t.waiting);
        // With JavaScript the form does the reading: the no-JavaScript guide and list are hidden.
        await expect(block(page).locator('.link-check-short-list')).toBeHidden();
        await expect(page.getByText(t.noscript)).toBeHidden();
        await field(page, locale).click();
        await fullyHydrated(page);
        await field(page, locale).fill('https://www.huaweicloud.com/intl/en-us/');
        await expect(result(page).locator('.link-check-headline')).toHaveText(`${t.intl} ${t.match}`);
        expect(requested).toHaveLength(2);
        expect(requested.some((p) => ISLAND.test(p) && p.includes(`island-${locale}-`))).toBe(true);
        expect(requested.some((p) => PSL.test(p))).toBe(true);
      });
    }

    test('the result is shown at once and announced politely; Check and Enter announce at once too', async ({
      page,
    }) => {
      await start(page, locale);
      await expect(live(page)).toHaveAttribute('aria-atomic', 'true');
      await field(page, locale).fill('https://www.huaweicloud.com/intl/en-us/');
      await expect(result(page)).toContainText(t.intl);
      await expect(result(page)).toContainText(t.match);
      await expect(live(page)).toHaveText(`${t.intl}. ${t.match}`);
      // A China site address, then Enter: announced without waiting; no line break added.
      await field(page, locale).fill('www.huaweicloud.com');
      await field(page, locale).press('Enter');
      await expect(live(page)).toHaveText(`${t.china}. ${t.match}`, { timeout: 500 });
      await expect(field(page, locale)).toHaveValue('www.huaweicloud.com');
      await field(page, locale).fill('https://www.huaweicloud.com.evil.example/intl/');
      await page.getByRole('button', { name: t.check, exact: true }).click();
      await expect(live(page)).toContainText(t.elsewhere, { timeout: 500 });
      await expect(result(page)).toContainText('evil.example');
    });

    test('a look-alike names the site it leads to and why it looks like Huawei Cloud', async ({ page }) => {
      await start(page, locale);
      await field(page, locale).fill('https://www.huaweicloud.com@evil.example/intl/');
      await expect(result(page).locator('.link-check-headline')).toContainText(t.elsewhere);
      await expect(result(page)).toContainText('evil.example');
      await expect(result(page).locator('li')).toContainText(['www.huaweicloud.com']);
      await field(page, locale).fill('https://www.huаweicloud.com/intl/');
      await expect(result(page)).toContainText('xn--huweicloud-0qi.com');
      await expect(result(page)).toContainText('www.huаweicloud.com');
    });

    test('the verdict names the hosts it trusts and links to where the list comes from', async ({ page }) => {
      await start(page, locale);
      await field(page, locale).fill('https://www.huaweicloud.com/intl/en-us/');
      const trusted = result(page).locator('.link-check-trusted');
      await expect(trusted).toContainText('www.huaweicloud.com');
      await expect(trusted).toContainText('console-intl.huaweicloud.com');
      const sources = result(page).locator('.link-check-sources a');
      await expect(sources.first()).toHaveAttribute('href', /^https:\/\/(support|www)\.huaweicloud\.com\//);
      await expect(sources.first()).toHaveAttribute('rel', 'noopener noreferrer');
      await trusted.getByRole('link', { name: t.listSource }).click();
      await expect(page).toHaveURL(`${t.prefix}${FULL}#link-check-sources`);
      await expect(page.locator('#link-check-sources')).toHaveText(t.list);
      await expect(page.locator('#link-check-sources')).toBeInViewport();
    });

    test('on the link-check page, the list the verdict points to is on the same page', async ({ page }) => {
      await start(page, locale, FULL);
      await field(page, locale).fill('https://www.huaweicloud.com/intl/en-us/');
      await result(page).locator('.link-check-trusted').getByRole('link', { name: t.listSource }).click();
      await expect(page).toHaveURL(`${t.prefix}${FULL}#link-check-sources`);
      await expect(page.locator('#link-check-sources')).toBeInViewport();
      await expect(block(page).locator('.link-check-manual ol li')).toHaveCount(6);
    });

    test('checking requests nothing, navigates nowhere and keeps the address out of the page URL', async ({ page }) => {
      await start(page, locale);
      const url = page.url();
      const historyLength = await page.evaluate(() => window.history.length);
      const during: Request[] = [];
      page.on('request', (r) => during.push(r));
      let navigations = 0;
      page.on('framenavigated', () => {
        navigations += 1;
      });
      const popups: unknown[] = [];
      page.on('popup', (p) => popups.push(p));
      const inputs = [
        'https://www.huaweicloud.com/intl/en-us/?bpId=123&inviteCode=ABC',
        'https://evil.example/login',
        'https://203.0.113.7/',
        'https://huawe1cloud.com/intl/',
        'https://www.huaweicloud.com/intl/en-us/#secret',
      ];
      for (const input of inputs) {
        await field(page, locale).fill(input);
        await field(page, locale).press('Enter');
        await page.getByRole('button', { name: t.check, exact: true }).click();
        await expect(result(page).locator('.link-check-headline')).not.toBeEmpty();
      }
      await page.waitForTimeout(1000);
      expect(during.map((r) => r.url())).toEqual([]);
      expect(navigations).toBe(0);
      expect(popups).toEqual([]);
      expect(page.url()).toBe(url);
      expect(await page.evaluate(() => window.history.length)).toBe(historyLength);
      expect(await page.evaluate(() => location.search + location.hash)).toBe('');
      // Nothing typed is stored either.
      const stored = await page.evaluate(
        () => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }),
      );
      expect(stored).not.toContain('evil.example');
      expect(stored).not.toContain('inviteCode');
    });

    test('hostile input stays inert text: javascript:, data:, markup, 100,000 characters', async ({ page }) => {
      await start(page, locale);
      const dialogs: string[] = [];
      page.on('dialog', async (d) => {
        dialogs.push(d.message());
        await d.dismiss();
      });
      const hostile = [
        'javascript:alert(document.domain)',
        'JaVaScRiPt:window.__pwned=1',
        'data:text/html,<script>window.__pwned=1</script>',
        '<script>window.__pwned=1</script>',
        '<img src=x onerror="window.__pwned=1">',
        'https://%22%3E%3Csvg%20onload%3Dwindow.__pwned%3D1%3E@evil.example/',
        `https://www.huaweicloud.com/intl/?${'a'.repeat(200)}<script>window.__pwned=1</script>`,
      ];
      for (const input of hostile) {
        await field(page, locale).fill(input);
        await field(page, locale).press('Enter');
        await expect(result(page).locator('.link-check-headline')).not.toBeEmpty();
        await expect(result(page).locator('img, script, iframe, object, embed')).toHaveCount(0);
        for (const href of await result(page)
          .locator('a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
          expect(href).toMatch(
            /^(https:\/\/([a-z0-9-]+\.)*huaweicloud\.com\/|(\/zh-cn)?\/check-a-link\/#link-check-sources$)/,
          );
      }
      await field(page, locale).fill('javascript:alert(1)');
      await expect(result(page).locator('.link-check-headline')).toHaveText(t.notWeb);
      // The user name shown back is text, exactly as typed.
      await field(page, locale).fill('https://%22%3E%3Csvg%20onload%3Dwindow.__pwned%3D1%3E@evil.example/');
      await expect(result(page)).toContainText('"><svg onload=window.__pwned=1>');
      await expect(result(page).locator('svg')).toHaveCount(0);
      await expect(result(page)).toContainText('evil.example');
      // 100,000 characters: a calm answer at once, the field keeps everything.
      const long = 'x'.repeat(100_000);
      await field(page, locale).fill(long);
      await expect(result(page).locator('.link-check-headline')).toHaveText(t.notWeb);
      await expect(result(page)).toContainText('100,000');
      expect(await field(page, locale).evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(100_000);
      await page.waitForTimeout(300);
      expect(dialogs).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    });

    test('text typed before the code arrives is checked when it does', async ({ page }) => {
      let release: () => void = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route(ISLAND, async (route) => {
        await gate;
        await route.continue();
      });
      await page.goto(`${t.prefix}/register/`);
      await hydrated(page);
      await field(page, locale).fill('https://www.huaweicloud.com/intl/zh-cn/');
      await expect(result(page)).toHaveText(t.waiting);
      release();
      await fullyHydrated(page);
      await expect(result(page).locator('.link-check-headline')).toHaveText(`${t.intl} ${t.match}`);
      await expect(live(page)).toHaveText(`${t.intl}. ${t.match}`);
    });

    test('if the list of domain names cannot load: addresses on the list still match, others say so', async ({
      page,
    }) => {
      await page.route(PSL, (route) => route.abort('aborted'));
      await page.goto(`${t.prefix}/register/`);
      await hydrated(page);
      await field(page, locale).click();
      await fullyHydrated(page);
      await field(page, locale).fill('https://www.huaweicloud.com/intl/en-us/');
      await expect(result(page).locator('.link-check-headline')).toHaveText(`${t.intl} ${t.match}`);
      await field(page, locale).fill('https://evil.example/');
      await expect(result(page).locator('.link-check-headline')).toHaveText(t.failed);
      await expect(block(page).getByRole('link', { name: t.more })).toBeVisible();
    });

    test('if the island cannot load, the form goes and the guide to reading an address stays', async ({ page }) => {
      await page.route(ISLAND, (route) => route.abort('aborted'));
      await page.goto(`${t.prefix}/register/`);
      await hydrated(page);
      await field(page, locale).click();
      await expect(block(page).locator('[data-island-failed]')).toHaveCount(1);
      await expect(field(page, locale)).toBeHidden();
      await expect(page.getByText(t.noscript)).toBeVisible();
      await expect(block(page).locator('.link-check-short-list').getByRole('listitem')).toHaveCount(ALLOW_LIST.length);
      await expect(block(page).getByRole('link', { name: t.more })).toBeVisible();
    });

    test('axe: the block with a result, light and dark', async ({ page }) => {
      test.slow(); // two axe runs
      await start(page, locale);
      await field(page, locale).fill('https://www.huaweicloud.com.evil.example/?bpId=1');
      await expect(result(page).locator('.link-check-headline')).toContainText(t.elsewhere);
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const results = await new AxeBuilder({ page }).include('section.link-check').withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
          [],
        );
      }
    });
  });

  test.describe(`link check without JavaScript (${locale})`, () => {
    test.use({ javaScriptEnabled: false });

    for (const path of PLACES) {
      test(`${path}: no form; a link to how to read an address by eye, which the link-check page shows`, async ({
        page,
      }) => {
        await page.goto(`${t.prefix}${path}`);
        await expect(block(page)).toHaveCount(1);
        await expect(field(page, locale)).toBeHidden();
        await expect(page.getByText(t.noscript)).toBeVisible();
        // The essentials in place: where the site name is, what it must end in, /intl/.
        for (const part of ['https://', '.huaweicloud.com', 'www.huaweicloud.com', '/intl/'])
          await expect(block(page).locator('.link-check-noscript code', { hasText: part }).first()).toBeVisible();
        // ...and the official addresses themselves, each with what it is (their sources are on the full page).
        const official = block(page).locator('.link-check-short-list').getByRole('listitem');
        await expect(official).toHaveCount(ALLOW_LIST.length);
        for (const entry of ALLOW_LIST)
          await expect(official.filter({ has: page.getByText(entry.display, { exact: true }) })).toBeVisible();
        await expect(official.filter({ hasText: 'console-intl.huaweicloud.com' })).toContainText(t.console);
        const more = block(page).getByRole('link', { name: t.more });
        await expect(more).toHaveAttribute('href', `${t.prefix}${FULL}#link-check-manual`);
        await more.click();
        await expect(page).toHaveURL(`${t.prefix}${FULL}#link-check-manual`);
        await expect(page.getByText(t.manual)).toBeVisible();
        await expect(block(page).locator('.link-check-manual ol li')).toHaveCount(6);
      });
    }

    for (const path of [FULL]) {
      test(`${path}: no form; how to read an address by eye and the official addresses with their sources`, async ({
        page,
      }) => {
        await page.goto(`${t.prefix}${path}`);
        await expect(block(page)).toHaveCount(1);
        await expect(field(page, locale)).toBeHidden();
        await expect(page.getByRole('button', { name: t.check, exact: true })).toBeHidden();
        await expect(page.getByText(t.noscript)).toBeVisible();
        await expect(page.getByText(t.manual)).toBeVisible();
        await expect(block(page).locator('.link-check-manual ol li')).toHaveCount(6);
        const list = block(page).locator('.link-check-list li');
        await expect(list.first()).toContainText('www.huaweicloud.com/intl/');
        await expect(list.filter({ hasText: 'console-intl.huaweicloud.com' })).toHaveCount(1);
        const links = block(page).locator('.link-check-list a');
        expect(await links.count()).toBeGreaterThan(5);
        for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
          expect(href).toMatch(/^https:\/\/([a-z0-9-]+\.)*huaweicloud\.com\//);
      });
    }
  });
}
