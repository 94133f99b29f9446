/**
 * "Continue on another device": ticks carried from one browser context (the laptop) to a fresh
 * one (the phone) by link and QR code; bad links; both languages; loaded on use.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Browser, devices, type Locator, type Page } from '@playwright/test';
import CRC32 from 'crc-32';
import jsQR from 'jsqr';
import pngjs from 'pngjs';
import { expect, fullyHydrated, hydrated, test, ZH } from '../../../tests/e2e/fixtures.ts';

const KEY = 'hwc-guide:checklists:v2';
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];
const MODULE = /\/_astro\/handoff-(en|zh-cn)-[\w-]+\.js$/;

const EN = {
  open: 'Continue on another device',
  link: 'Link with your ticks',
  qr: 'QR code of the link. Scan it with the camera of the other device.',
  add: 'Add them to the ticks here',
  replace: 'Replace the ticks here',
  ignore: 'Ignore',
  added: 'The ticks from the other device were added.',
  replaced: 'The ticks here were replaced by those from the other device.',
  ignored: 'The link was ignored. Your ticks here are unchanged.',
  unusable: 'This link cannot be used',
  nothing: 'Nothing is ticked yet. Tick items in a checklist, then come back here for the link.',
};
const ZH_TEXT = {
  open: '在另一台设备上继续',
  link: '带有你的勾选的链接',
  add: '添加到本设备的勾选',
  replace: '替换本设备的勾选',
  added: '已添加另一台设备的勾选。',
};

/** A payload with a correct checksum around any body, as a hand-made (or hostile) link would have. */
const signed = (body: string, version = '1') => `${version}.${(CRC32.str(body) >>> 0).toString(36)}.${body}`;

const box = (page: Page, list: string, item: string) =>
  page.locator(`[data-checklist="${list}"] input[type="checkbox"][name="${item}"]`);
const stored = (page: Page) => page.evaluate((k) => localStorage.getItem(k), KEY);
const storedLists = async (page: Page) => JSON.parse((await stored(page)) ?? 'null')?.lists;
const dialog = (page: Page) => page.getByRole('dialog');

/** Puts a value in localStorage before the first page of the context loads (once). */
async function seed(page: Page, value: string) {
  await page.addInitScript(
    ([k, v]) => {
      if (sessionStorage.getItem('test:seeded')) return;
      sessionStorage.setItem('test:seeded', '1');
      localStorage.setItem(k as string, v as string);
    },
    [KEY, value],
  );
}
const v2 = (lists: Record<string, Record<string, true>>) => JSON.stringify({ v: 2, lists });

/** Opens the disclosure beside the page's first checklist (or the overview) and returns the link. */
async function linkOf(page: Page, name = EN.link, open = EN.open): Promise<string> {
  const summary = page.getByText(open, { exact: true }).first();
  await summary.click();
  const field = page.getByRole('textbox', { name });
  await expect(field).toBeVisible();
  return field.inputValue();
}

/**
 * The other device: a fresh browser context (nothing shared with the test's page) with a phone's
 * screen, watched like the fixture watches `page`: console errors, uncaught exceptions, failed
 * requests, HTTP errors and CSP violations fail the test.
 */
async function phone(browser: Browser, baseURL: string | undefined) {
  const { defaultBrowserType: _, ...pixel } = devices['Pixel 7'];
  const context = await browser.newContext({ ...pixel, ...(baseURL ? { baseURL } : {}) });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed request: ${r.url()}`);
  });
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP: ${e.violatedDirective}`)),
  );
  return {
    page,
    async close() {
      await context.close();
      expect(problems, 'problems on the other device').toEqual([]);
    },
  };
}

/** Decodes the QR code drawn on screen (a screenshot of it, read by jsQR). */
async function readQr(qr: Locator): Promise<string | undefined> {
  const png = pngjs.PNG.sync.read(await qr.screenshot());
  const pixels = new Uint8ClampedArray(png.data.buffer, png.data.byteOffset, png.data.length);
  return jsQR(pixels, png.width, png.height)?.data;
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

test.describe('handoff: carry the ticks to another device', () => {
  test('add: ticks from two checklists arrive on a fresh device and join its own', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/register/');
    await hydrated(page);
    await box(page, 'register', 'basic-information').check();
    await page.goto('/prepare/');
    await hydrated(page);
    await box(page, 'prepare', 'email').check();
    await box(page, 'prepare', 'network').check();
    const link = await linkOf(page);
    const origin = new URL(page.url()).origin;
    expect(link).toBe(
      `${origin}/prepare/#checklist&ticks=${signed('prepare:email,network;register:basic-information')}`,
    );
    await expect(page.getByText('take your ticks with you: 3 ticks')).toBeVisible();

    const other = await phone(browser, baseURL);
    const p = other.page;
    await seed(p, v2({ prepare: { 'mobile-number': true } }));
    await p.goto(link);
    await hydrated(p);
    const ask = dialog(p);
    await expect(ask).toBeVisible();
    await expect(ask).toHaveAccessibleName('3 ticks from another device');
    await expect(ask).toContainText('This device has 1 tick now.');
    await expect(ask).toContainText('What should happen to the ticks here?');
    // Nothing changes before the choice.
    expect(await storedLists(p)).toEqual({ prepare: { 'mobile-number': true } });
    await expect(box(p, 'prepare', 'email')).not.toBeChecked();
    const entries = await p.evaluate(() => history.length);

    await ask.getByRole('button', { name: EN.add }).click();
    await expect(ask).toBeHidden();
    await expect(p.getByRole('status').filter({ hasText: EN.added })).toBeVisible();
    expect(await storedLists(p)).toEqual({
      prepare: { email: true, 'mobile-number': true, network: true },
      register: { 'basic-information': true },
    });
    await expect(box(p, 'prepare', 'email')).toBeChecked();
    await expect(box(p, 'prepare', 'network')).toBeChecked();
    await expect(box(p, 'prepare', 'mobile-number')).toBeChecked();
    await expect(p.locator('[data-checklist="prepare"] .checklist-progress')).toHaveText('3 of 4 ready');
    // The ticks leave the address bar, the section stays, and no history entry is added.
    expect(p.url()).toBe(`${origin}/prepare/#checklist`);
    expect(await p.evaluate(() => history.length)).toBe(entries);
    await p.reload();
    await hydrated(p);
    await expect(dialog(p)).toHaveCount(0);
    await expect(box(p, 'prepare', 'email')).toBeChecked();
    await p.goto('/register/');
    await hydrated(p);
    await expect(box(p, 'register', 'basic-information')).toBeChecked();
    await other.close();
  });

  test('replace: the device then holds exactly the ticks of the link; Undo brings its own back', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/prepare/');
    await hydrated(page);
    await box(page, 'prepare', 'payment-method').check();
    const link = await linkOf(page);

    const other = await phone(browser, baseURL);
    const p = other.page;
    const own = v2({
      prepare: { email: true, 'old-item': true },
      register: { 'bind-a-payment-method': true },
      'list-of-a-newer-site': { x: true },
    });
    await seed(p, own);
    await p.goto(link);
    await hydrated(p);
    await expect(dialog(p)).toHaveAccessibleName('1 tick from another device');
    await expect(dialog(p)).toContainText('This device has 2 ticks now.');
    expect(await stored(p)).toBe(own);
    await dialog(p).getByRole('button', { name: EN.replace }).click();
    await expect(p.getByRole('status').filter({ hasText: EN.replaced })).toBeVisible();
    expect(await storedLists(p)).toEqual({
      prepare: { 'payment-method': true },
      'list-of-a-newer-site': { x: true },
    });
    await expect(box(p, 'prepare', 'payment-method')).toBeChecked();
    await expect(box(p, 'prepare', 'email')).not.toBeChecked();
    expect(new URL(p.url()).hash).toBe('#checklist');

    await p.getByRole('button', { name: 'Undo' }).click();
    await expect(p.getByRole('status').filter({ hasText: 'Undone. Your ticks are as they were.' })).toBeVisible();
    await expect(box(p, 'prepare', 'email')).toBeChecked();
    await expect(box(p, 'prepare', 'payment-method')).not.toBeChecked();
    expect(await storedLists(p)).toEqual(JSON.parse(own).lists);
    await other.close();
  });

  test('ignore (the button, or Escape): nothing changes, and the link leaves the address bar', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/prepare/');
    await hydrated(page);
    await box(page, 'prepare', 'email').check();
    const link = await linkOf(page);

    const other = await phone(browser, baseURL);
    const p = other.page;
    const own = v2({ prepare: { network: true } });
    await seed(p, own);
    await p.goto(link);
    await hydrated(p);
    await dialog(p).getByRole('button', { name: EN.ignore }).click();
    await expect(p.getByRole('status').filter({ hasText: EN.ignored })).toBeVisible();
    expect(await stored(p)).toBe(own);
    expect(new URL(p.url()).hash).toBe('#checklist');

    await p.goto(link.replace('#checklist&', '#'));
    await hydrated(p);
    await expect(dialog(p)).toBeVisible();
    await p.keyboard.press('Escape');
    await expect(dialog(p)).toBeHidden();
    expect(await stored(p)).toBe(own);
    expect(new URL(p.url()).hash).toBe('');
    expect(p.url()).toBe(new URL('/prepare/', link).href);
    await other.close();
  });

  test('the overview offers it under the progress, and the ticks land on the overview', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/prepare/');
    await hydrated(page);
    await box(page, 'prepare', 'email').check();
    await page.goto('/');
    await hydrated(page);
    const overview = page.locator('.checklist-overview');
    const block = page.locator('[data-island="handoff"]');
    await expect(block).toHaveCount(1);
    expect(
      await overview.evaluate(
        (o, b) => Boolean(o.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING),
        await block.elementHandle(),
      ),
    ).toBe(true);
    const link = await linkOf(page);
    expect(new URL(link).hash).toBe(`#your-progress&ticks=${signed('prepare:email')}`);

    const other = await phone(browser, baseURL);
    const p = other.page;
    await p.goto(link);
    await hydrated(p);
    await dialog(p).getByRole('button', { name: EN.add }).click();
    const prepare = p.locator('.checklist-overview').getByRole('listitem').filter({ hasText: 'Things to prepare' });
    await expect(prepare).toContainText('1 of 4 ready');
    expect(new URL(p.url()).hash).toBe('#your-progress');
    await other.close();
  });

  test('a link opened on a page that is already open (only the hash changes) asks too', async ({ page }) => {
    await page.goto('/prepare/');
    await hydrated(page);
    await page.evaluate((payload) => {
      location.hash = `checklist&ticks=${payload}`;
    }, signed('prepare:network'));
    await expect(dialog(page)).toHaveAccessibleName('1 tick from another device');
    await dialog(page).getByRole('button', { name: EN.add }).click();
    await expect(box(page, 'prepare', 'network')).toBeChecked();
    expect(await storedLists(page)).toEqual({ prepare: { network: true } });
  });

  test('the link follows ticks made while it is shown, here and in another tab', async ({ page, context }) => {
    await page.goto('/prepare/');
    await hydrated(page);
    await box(page, 'prepare', 'email').check();
    const field = page.getByRole('textbox', { name: EN.link });
    await linkOf(page);
    await box(page, 'prepare', 'network').check();
    await expect(field).toHaveValue(/ticks=1\.[0-9a-z]+\.prepare:email,network$/);
    const other = await context.newPage();
    await other.goto('/register/');
    await hydrated(other);
    await box(other, 'register', 'basic-information').check();
    await expect(field).toHaveValue(/ticks=1\.[0-9a-z]+\.prepare:email,network;register:basic-information$/);
    await page.locator('[data-checklist="prepare"]').getByRole('button', { name: 'Clear all' }).click();
    await expect(field).toHaveValue(/ticks=1\.[0-9a-z]+\.register:basic-information$/);
    await other.close();
  });

  test('nothing ticked yet: no link, a hint instead', async ({ page }) => {
    await page.goto('/prepare/');
    await hydrated(page);
    await page.getByText(EN.open, { exact: true }).click();
    await expect(page.getByText(EN.nothing)).toBeVisible();
    await expect(page.getByRole('textbox', { name: EN.link })).toHaveCount(0);
    await expect(page.getByRole('img', { name: EN.qr })).toHaveCount(0);
  });

  test('ids that no longer exist are skipped and counted', async ({ page }) => {
    const body = 'gone-list:a;prepare:email,old-item;register:basic-information';
    await page.goto(`/prepare/#checklist&ticks=${signed(body)}`);
    await hydrated(page);
    await expect(dialog(page)).toHaveAccessibleName('2 ticks from another device');
    await expect(dialog(page)).toContainText('2 items no longer exist in this guide and will be skipped.');
    await dialog(page).getByRole('button', { name: EN.add }).click();
    expect(await storedLists(page)).toEqual({ prepare: { email: true }, register: { 'basic-information': true } });

    await page.goto(`/prepare/#checklist&ticks=${signed('prepare:email,old-item')}`);
    await hydrated(page);
    await expect(dialog(page)).toContainText('1 item no longer exists in this guide and will be skipped.');
  });
});

test.describe('handoff: bad links leave the ticks alone', () => {
  const valid = signed('prepare:email,network;register:basic-information');
  const many = Array.from({ length: 3000 }, (_, i) => `item-${i}`).join(',');
  const BAD: [string, string, string][] = [
    ['a newer format', '2.x1y2z3.prepare:email', 'It was made by a newer version of this guide.'],
    ['cut short in the middle', valid.slice(0, valid.length - 12), 'It is incomplete or damaged.'],
    ['cut short right after "ticks="', '', 'It is incomplete or damaged.'],
    ['one character changed', valid.replace('network', 'netwerk'), 'It is incomplete or damaged.'],
    ['garbled ids (with a correct checksum)', signed('Prepare:E-MAIL!'), 'It is incomplete or damaged.'],
    ['broken percent-encoding', '1.0.%E0%A4%A', 'It is incomplete or damaged.'],
    [
      'markup instead of ids',
      encodeURIComponent(signed('prepare:<img src=x onerror=alert(1)>')),
      'It is incomplete or damaged.',
    ],
    ['a prototype key', signed('__proto__:polluted'), 'It is incomplete or damaged.'],
    ['thousands of ids', signed(`prepare:${many}`), 'It carries more ticks than this guide has'],
    ['a huge hash', `1.0.${'a'.repeat(60_000)}`, 'It carries more ticks than this guide has'],
    ['only ids this guide does not have', signed('gone-list:a,b;prepare:old-item'), 'It carries no ticks that'],
  ];
  const own = v2({ prepare: { 'mobile-number': true }, 'other-list': { kept: true } });

  for (const [name, payload, message] of BAD) {
    test(`${name}: a calm message, the ticks here untouched`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', (d) => dialogs.push(d.message()));
      await seed(page, own);
      await page.goto(`/prepare/#checklist&ticks=${payload}`);
      await hydrated(page);
      const calm = dialog(page);
      await expect(calm).toHaveAccessibleName(EN.unusable);
      await expect(calm).toContainText(message);
      await expect(calm).toContainText('Your ticks here are unchanged.');
      await expect(calm.getByRole('button')).toHaveText(['OK']);
      expect(await stored(page)).toBe(own);
      await calm.getByRole('button', { name: 'OK' }).click();
      await expect(calm).toBeHidden();
      expect(new URL(page.url()).hash).toBe('#checklist');
      expect(await stored(page)).toBe(own);
      await expect(box(page, 'prepare', 'mobile-number')).toBeChecked();
      await expect(page.locator('[data-checklist="prepare"] input:checked')).toHaveCount(1);
      expect(await page.evaluate(() => (Object.prototype as Record<string, unknown>).polluted)).toBeUndefined();
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(dialogs).toEqual([]);
    });
  }

  test('a browser that cannot save: the link is not taken, and says why', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await page.goto(`/prepare/#checklist&ticks=${valid}`);
    await hydrated(page);
    await expect(dialog(page)).toHaveAccessibleName(EN.unusable);
    await expect(dialog(page)).toContainText('This browser cannot save ticks');
    await dialog(page).getByRole('button', { name: 'OK' }).click();
    await expect(box(page, 'prepare', 'email')).not.toBeChecked();
    expect(new URL(page.url()).hash).toBe('#checklist');
  });
});

test.describe('handoff: the QR code, copying and sharing', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`the QR code on screen decodes to the link (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await seed(
        page,
        v2({ prepare: { email: true, 'mobile-number': true }, register: { 'basic-information': true } }),
      );
      await page.goto('/register/');
      await hydrated(page);
      const link = await linkOf(page);
      const qr = page.getByRole('img', { name: EN.qr });
      await expect(qr).toBeVisible();
      expect(await readQr(qr)).toBe(link);
      // Drawn with elements and attributes only: no inline styles for the CSP to refuse.
      expect(
        await qr.evaluate((svg) => svg.querySelectorAll('[style]').length + (svg.hasAttribute('style') ? 1 : 0)),
      ).toBe(0);
      expect(await axe(page)).toEqual([]);
    });
  }

  test('copy: the link goes to the clipboard', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await seed(page, v2({ prepare: { network: true } }));
    await page.goto('/prepare/');
    await hydrated(page);
    const link = await linkOf(page);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
  });

  test('copy refused: the link is selected for copying by hand', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError')) },
      });
    });
    await seed(page, v2({ prepare: { network: true } }));
    await page.goto('/prepare/');
    await hydrated(page);
    await linkOf(page);
    await page.getByRole('button', { name: 'Copy link', exact: true }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Could not copy. Select the link above and copy it.' }),
    ).toBeVisible();
    const field = page.getByRole('textbox', { name: EN.link });
    expect(
      await field.evaluate((el: HTMLInputElement) => el.selectionStart === 0 && el.selectionEnd === el.value.length),
    ).toBe(true);
  });

  test('the share sheet where the browser has one, with the link', async ({ page }) => {
    await page.addInitScript(() => {
      const shared: unknown[] = [];
      (window as unknown as { shared: unknown[] }).shared = shared;
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: (data: unknown) => {
          shared.push(data);
          return Promise.resolve();
        },
      });
    });
    await seed(page, v2({ prepare: { email: true } }));
    await page.goto('/prepare/');
    await hydrated(page);
    const link = await linkOf(page);
    await page.getByRole('button', { name: 'Share…' }).click();
    const shared = await page.evaluate(
      () => (window as unknown as { shared: { url: string; title: string }[] }).shared,
    );
    expect(shared).toEqual([{ title: await page.title(), url: link }]);
  });

  test('no share button where the browser has no share sheet', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { configurable: true, value: undefined });
    });
    await seed(page, v2({ prepare: { email: true } }));
    await page.goto('/prepare/');
    await hydrated(page);
    await linkOf(page);
    await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Share…' })).toHaveCount(0);
  });
});

test.describe('handoff: both languages', () => {
  test('a link made on the English page, opened on the Chinese page, asks in Chinese', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto('/prepare/');
    await hydrated(page);
    await box(page, 'prepare', 'email').check();
    await box(page, 'prepare', 'payment-method').check();
    const link = await linkOf(page);

    const other = await phone(browser, baseURL);
    const p = other.page;
    await p.goto(link.replace('/prepare/', ZH('/prepare/')));
    await hydrated(p);
    await expect(p.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(dialog(p)).toHaveAccessibleName('来自另一台设备的 2 项勾选');
    await dialog(p).getByRole('button', { name: ZH_TEXT.add }).click();
    await expect(p.getByRole('status').filter({ hasText: ZH_TEXT.added })).toBeVisible();
    await expect(box(p, 'prepare', 'email')).toBeChecked();
    await expect(box(p, 'prepare', 'payment-method')).toBeChecked();
    expect(new URL(p.url()).pathname).toBe(ZH('/prepare/'));
    expect(new URL(p.url()).hash).toBe('#checklist');
    await other.close();
  });

  test('a link made on a Chinese page works on the English page; the QR code decodes there too', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.goto(ZH('/register/'));
    await hydrated(page);
    await box(page, 'register', 'open-the-international-site').check();
    const link = await linkOf(page, ZH_TEXT.link, ZH_TEXT.open);
    expect(new URL(link).pathname).toBe(ZH('/register/'));
    expect(await readQr(page.getByRole('img', { name: /二维码/ }))).toBe(link);

    const other = await phone(browser, baseURL);
    const p = other.page;
    await seed(p, v2({ register: { 'bind-a-payment-method': true } }));
    await p.goto(link.replace(ZH('/register/'), '/register/'));
    await hydrated(p);
    await expect(dialog(p)).toHaveAccessibleName('1 tick from another device');
    await dialog(p).getByRole('button', { name: EN.replace }).click();
    await expect(box(p, 'register', 'open-the-international-site')).toBeChecked();
    await expect(box(p, 'register', 'bind-a-payment-method')).not.toBeChecked();
    await other.close();
  });

  test('the Chinese dialog and panel pass axe', async ({ page }) => {
    await page.goto(`${ZH('/prepare/')}#checklist&ticks=${signed('prepare:email,old-item')}`);
    await hydrated(page);
    await expect(dialog(page)).toBeVisible();
    await expect(dialog(page)).toContainText('有 1 个项目已不在本指南中，将被跳过。');
    await expect(dialog(page).getByRole('button', { name: ZH_TEXT.replace })).toBeVisible();
    expect(await axe(page)).toEqual([]);
  });
});

test.describe('handoff: accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    test(`axe (${scheme}): the question, the result, the bad-link message`, async ({ page }) => {
      test.slow(); // three full axe runs
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`/prepare/#checklist&ticks=${signed('prepare:email,old-item')}`);
      await hydrated(page);
      await expect(dialog(page).getByRole('button', { name: EN.add })).toBeFocused();
      expect(await axe(page)).toEqual([]);
      await dialog(page).getByRole('button', { name: EN.add }).click();
      await expect(page.getByRole('status').filter({ hasText: EN.added })).toBeFocused();
      expect(await axe(page)).toEqual([]);
      await page.goto('/prepare/#checklist&ticks=1.0.%E0');
      await hydrated(page);
      await expect(dialog(page)).toHaveAccessibleName(EN.unusable);
      expect(await axe(page)).toEqual([]);
    });
  }

  test('keyboard: open the disclosure, reach the copy button', async ({ page }) => {
    await seed(page, v2({ prepare: { email: true } }));
    await page.goto('/prepare/');
    await hydrated(page);
    const summary = page.getByText(EN.open, { exact: true });
    await summary.focus();
    await page.keyboard.press('Enter');
    const field = page.getByRole('textbox', { name: EN.link });
    await expect(field).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(field).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Copy link', exact: true })).toBeFocused();
  });
});

test('print: the block is left out', async ({ page }) => {
  await seed(page, v2({ prepare: { email: true } }));
  await page.goto('/prepare/');
  await hydrated(page);
  await linkOf(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-island="handoff"]')).toBeHidden();
  await expect(box(page, 'prepare', 'email')).toBeVisible();
});

test.describe('handoff: without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  for (const path of ['/prepare/', '/', ZH('/register/')]) {
    test(`not shown on ${path}: there is nothing to carry`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('[data-island="handoff"]')).toHaveCount(1);
      await expect(page.locator('[data-island="handoff"]')).toBeHidden();
      await expect(page.getByText(EN.open)).toBeHidden();
      await expect(page.getByText(ZH_TEXT.open)).toBeHidden();
    });
  }
});

test.describe('handoff: loaded on use', () => {
  test('no request for its code until the reader reaches for it, even when the checklists load at once', async ({
    page,
  }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (MODULE.test(r.url())) requested.push(r.url());
    });
    await seed(page, v2({ prepare: { email: true } }));
    const checklists = page.waitForRequest(/\/_astro\/checklists-[\w-]+\.js$/);
    await page.goto('/prepare/');
    await checklists;
    await hydrated(page);
    await expect(box(page, 'prepare', 'email')).toBeChecked();
    await page.waitForTimeout(300);
    expect(requested).toEqual([]);
    await page.getByText(EN.open, { exact: true }).click();
    await expect(page.getByRole('textbox', { name: EN.link })).toBeVisible();
    expect(requested).toHaveLength(1);
    expect(requested[0]).toMatch(/handoff-en-/);
    await fullyHydrated(page);
  });

  test('none on the overview or a Chinese page either, until used', async ({ page }) => {
    const requested: string[] = [];
    page.on('request', (r) => {
      if (MODULE.test(r.url())) requested.push(r.url());
    });
    for (const path of ['/', ZH('/prepare/')]) {
      await page.goto(path);
      await hydrated(page);
    }
    await page.waitForTimeout(300);
    expect(requested).toEqual([]);
    await page.getByText(ZH_TEXT.open, { exact: true }).click();
    await expect.poll(() => requested.length).toBe(1);
    expect(requested[0]).toMatch(/handoff-zh-cn-/);
  });

  test('a link with ticks loads it at once, and the checklists once the ticks are taken', async ({ page }) => {
    const handoff = page.waitForRequest(MODULE);
    const requested: string[] = [];
    page.on('request', (r) => requested.push(new URL(r.url()).pathname));
    await page.goto(`/prepare/#checklist&ticks=${signed('prepare:email')}`);
    await handoff;
    await expect(dialog(page)).toBeVisible();
    expect(requested.filter((path) => path.includes('/checklists-'))).toEqual([]);
    await dialog(page).getByRole('button', { name: EN.add }).click();
    await expect(box(page, 'prepare', 'email')).toBeChecked();
    expect(requested.filter((path) => path.includes('/checklists-'))).toHaveLength(1);
    await fullyHydrated(page);
  });

  test('a disclosure opened before the code arrives stays open and fills in', async ({ page }) => {
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route(MODULE, async (route) => {
      await gate;
      await route.continue();
    });
    await seed(page, v2({ prepare: { email: true } }));
    await page.goto('/prepare/');
    await hydrated(page);
    await page.getByText(EN.open, { exact: true }).click();
    await expect(page.getByText('Preparing the link…')).toBeVisible();
    release();
    await expect(page.getByRole('textbox', { name: EN.link })).toBeVisible();
    await expect(page.locator('[data-island="handoff"] details')).toHaveAttribute('open', '');
  });
});
