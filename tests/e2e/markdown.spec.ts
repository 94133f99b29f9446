import { expect, PAGES, test, ZH } from './fixtures.ts';

const MARKDOWN = 'text/markdown; charset=utf-8';

test.describe('Markdown twins', () => {
  test.describe.configure({ timeout: 60_000 });

  for (const [locale, name, paths] of [
    ['en', 'View as Markdown', PAGES],
    ['zh-cn', '查看 Markdown 版本', PAGES.map(ZH)],
  ] as const) {
    test(`the ${locale} pages are listed`, () => {
      expect(paths.length).toBeGreaterThan(10);
    });
    // One test per page: a slow machine does not run one long loop out of time.
    for (const path of paths) {
      test(`${path} links to its Markdown in the footer, which opens as Markdown text (${locale})`, async ({
        page,
      }) => {
        await page.goto(path);
        const title = await page.getByRole('heading', { level: 1 }).textContent();
        const link = page.getByRole('contentinfo').getByRole('link', { name });
        await expect(link).toBeVisible();
        await expect(link).toHaveAttribute('href', `${path}index.md`);
        const response = page.waitForResponse((r) => r.url().endsWith(`${path}index.md`));
        await link.click();
        expect((await response).headers()['content-type']).toBe(MARKDOWN);
        await expect(page).toHaveURL(`${path}index.md`);
        const text = (await page.locator('body').textContent()) ?? '';
        expect(text.startsWith(`# ${title}\n`)).toBe(true);
        expect(text).toContain(`<https://hwcloud-intl-guide.example.org${path}>`);
      });
    }
  }

  test('a twin has the official links of the page and no page chrome', async ({ page, request }) => {
    await page.goto('/recharge/');
    const official = await page.locator('main .claim a[href^="https://"]').first().getAttribute('href');
    const body = await (await request.get('/recharge/index.md')).text();
    expect(body).toContain(`](${official})`);
    expect(body).toContain('## Choose a method {#choose-a-method}');
    for (const chrome of ['Copy link to section', 'Skip to content', 'Dark theme', '<script', '<div']) {
      expect(body).not.toContain(chrome);
    }
  });

  test('llms.txt lists the English pages and links to the Chinese edition, both served as Markdown', async ({
    request,
    baseURL,
  }) => {
    const en = await request.get('/llms.txt');
    expect(en.status()).toBe(200);
    expect(en.headers()['content-type']).toBe(MARKDOWN);
    const text = await en.text();
    expect(text.startsWith('# HUAWEI CLOUD International: sign-up and payment guide\n\n> An unofficial guide')).toBe(
      true,
    );
    for (const path of PAGES) expect(text).toContain(`(https://hwcloud-intl-guide.example.org${path}index.md)`);
    expect(text).toContain('[简体中文版](https://hwcloud-intl-guide.example.org/zh-cn/llms.txt)');
    const zh = await request.get('/zh-cn/llms.txt');
    expect(zh.headers()['content-type']).toBe(MARKDOWN);
    expect(await zh.text()).toContain('# 华为云国际站注册与付款指南');
    const full = await request.get(`${baseURL}/zh-cn/llms-full.txt`);
    expect(full.headers()['content-type']).toBe(MARKDOWN);
    expect((await full.text()).match(/^# /gm)?.length).toBe(PAGES.length + 1);
  });
});
