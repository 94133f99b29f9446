/**
 * The built site as nginx serves it with the project's configuration (deploy/nginx.conf),
 * for the build at / and the build under /guide/ (one Playwright project each, see
 * playwright.nginx.config.ts). Paths here are relative to the project's base URL.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { readPage } from '../../scripts/lib/built-files.ts';
import { element, elements } from '../../scripts/lib/html.ts';
import { parseHeaders } from '../../scripts/nginx-conf.mjs';
import { builtPages, expect, fullyHydrated, hydrated, scriptsReady, test } from '../e2e/fixtures.ts';

/** The build this project serves, and its base path. */
function build() {
  const { dist, base } = test.info().project.metadata as { dist: string; base: string };
  return { dist, base };
}
/** A site path ("/faq/") as a URL relative to the base URL ("faq/"). */
const rel = (path: string) => path.replace(/^\//, '') || './';

/** The headers `_headers` gives a site path ("/faq/"): those for every path, then the page's own. */
function expectedHeaders(dist: string, base: string, path: string): Record<string, string> {
  const rules = parseHeaders(readFileSync(join(dist, '_headers'), 'utf8'));
  const out: Record<string, string> = {};
  for (const rule of rules) {
    const full = `${base}${path.replace(/^\//, '')}`;
    const matches = rule.path.endsWith('*') ? full.startsWith(rule.path.slice(0, -1)) : rule.path === full;
    if (matches) for (const [name, value] of rule.headers) out[name.toLowerCase()] = value;
  }
  return out;
}

test.describe('nginx: every page', () => {
  test.describe.configure({ timeout: 120_000 });

  test('loads clean with status 200 and exactly the headers of _headers, its CSP matching the page', async ({
    page,
  }) => {
    const { dist, base } = build();
    const pages = builtPages(dist).filter((p) => !p.endsWith('404.html'));
    expect(pages.length).toBeGreaterThan(10);
    for (const path of pages) {
      const response = await page.goto(rel(path));
      expect(response?.status(), path).toBe(200);
      expect(new URL(page.url()).pathname, path).toBe(`${base}${path.slice(1)}`);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      const headers = (await response?.allHeaders()) ?? {};
      const expected = expectedHeaders(dist, base, path);
      expect(Object.keys(expected)).toEqual(
        expect.arrayContaining(['content-security-policy', 'x-content-type-options', 'cache-control']),
      );
      for (const [name, value] of Object.entries(expected)) expect(headers[name], `${path}: ${name}`).toBe(value);
      expect(headers['content-type'], path).toBe('text/html; charset=utf-8');
      // The page's own <meta> policy is the header's, less frame-ancestors (which only works as a header).
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(`${meta}; frame-ancestors 'none'`, path).toBe(headers['content-security-policy']);
      expect(headers['content-security-policy'], path).not.toMatch(/unsafe-inline|'unsafe-eval'/);
    }
  });

  test('content pages make no JavaScript request and render from the HTML alone', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.resourceType()} ${new URL(r.url()).pathname}`));
    // A content page: no island (the FAQ has the link check).
    await page.goto('payment-problems/');
    await page.waitForLoadState('networkidle');
    expect(requests.filter((r) => /^(script|stylesheet) /.test(r))).toEqual([]);
  });
});

test.describe('nginx: not found', () => {
  test('unknown paths get the English 404 page, and under zh-cn/ the Chinese one, with status 404', async ({
    page,
    watch,
  }) => {
    watch.allow(/HTTP 404|status of 404/);
    const { base } = build();
    for (const path of ['no-such-page/', 'faq/no-such-section/', 'missing.html', '_astro/']) {
      const en = await page.goto(path);
      expect(en?.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
      await expect(page.getByRole('link', { name: 'Go to the start of the guide' })).toHaveAttribute('href', base);
    }
    for (const path of ['zh-cn/no-such-page/', 'zh-cn/faq/missing']) {
      const zh = await page.goto(path);
      expect(zh?.status(), path).toBe(404);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面不存在');
      await expect(page.getByRole('link', { name: '返回指南首页' })).toHaveAttribute('href', `${base}zh-cn/`);
    }
    await page.getByRole('link', { name: '返回指南首页' }).click();
    await expect(page).toHaveURL(new RegExp(`${base}zh-cn/$`));
  });

  test('the 404 response carries the 404 page’s own policy and the security headers', async ({ request }) => {
    const { dist, base } = build();
    const response = await request.get('no-such-page/');
    expect(response.status()).toBe(404);
    const expected = expectedHeaders(dist, base, '/404.html');
    expect(response.headers()['content-security-policy']).toBe(expected['content-security-policy']);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['referrer-policy']).toBe('strict-origin-when-cross-origin');
  });

  test('the header rules file is not served', async ({ request }) => {
    expect((await request.get('_headers')).status()).toBe(404);
  });
});

test.describe('nginx: addresses and transfer', () => {
  test('a folder without its trailing slash is redirected to it, query kept; the index file is the same page', async ({
    request,
    page,
  }) => {
    const { base } = build();
    for (const [from, to] of [
      ['faq', `${base}faq/`],
      ['zh-cn/register?for=individual', `${base}zh-cn/register/?for=individual`],
    ] as const) {
      const r = await request.get(from, { maxRedirects: 0 });
      expect(r.status(), from).toBe(301);
      expect(r.headers().location, from).toBe(to);
    }
    if (base !== '/') {
      // The base path itself, without its slash.
      const r = await request.get(new URL(base.slice(0, -1), test.info().project.use.baseURL).href, {
        maxRedirects: 0,
      });
      expect([r.status(), r.headers().location]).toEqual([301, base]);
    }
    await page.goto('prepare');
    await expect(page).toHaveURL(new RegExp(`${base}prepare/$`));
    const index = await request.get('prepare/index.html');
    expect(index.status()).toBe(200);
    expect(await index.text()).toBe(await (await request.get('prepare/')).text());
  });

  test('text is sent gzip-compressed; hashed assets are cached for a year, HTML briefly, the index an hour', async ({
    request,
  }) => {
    const html = await request.get('register/', { headers: { 'accept-encoding': 'gzip' } });
    expect(html.headers()['content-encoding']).toBe('gzip');
    expect(html.headers().vary).toBe('Accept-Encoding');
    expect(html.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
    const src = element(await html.text(), (el) => el.attribs['data-island-src']?.endsWith('.js') ?? false)?.attribs[
      'data-island-src'
    ];
    expect(src).toBeTruthy();
    const js = await request.get(new URL(src ?? '', html.url()).href, { headers: { 'accept-encoding': 'gzip' } });
    expect(js.status()).toBe(200);
    expect(js.headers()['content-type']).toBe('text/javascript; charset=utf-8');
    expect(js.headers()['content-encoding']).toBe('gzip');
    expect(js.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const index = await request.get('pagefind/pagefind.js');
    expect(index.headers()['cache-control']).toBe('public, max-age=3600');
    const manifest = await request.get('manifest.webmanifest');
    expect(manifest.headers()['content-type']).toBe('application/manifest+json; charset=utf-8');
  });
});

test.describe('nginx: deep links and islands', () => {
  test.describe.configure({ timeout: 120_000 });

  /** The h2/h3 ids of a built page. */
  function sectionIds(dist: string, path: string): string[] {
    return elements(
      readPage(dist, path),
      (el) => (el.name === 'h2' || el.name === 'h3') && el.attribs.id !== undefined,
    ).map((el) => el.attribs.id ?? '');
  }

  test('a link to page#id lands on the section, focused and below the header, in both languages', async ({ page }) => {
    const { dist } = build();
    for (const path of ['/register/', '/faq/', '/zh-cn/recharge/']) {
      const ids = sectionIds(dist, path);
      expect(ids.length, path).toBeGreaterThan(1);
      for (const id of [ids[0], ids.at(-1)]) {
        await page.goto(`${rel(path)}#${id}`);
        await hydrated(page);
        const heading = page.locator(`[id="${id}"]`);
        await expect(heading, `${path}#${id}`).toBeFocused();
        const header = await page.locator('.site-header').boundingBox();
        const box = await heading.boundingBox();
        expect(box && header && box.y >= header.y + header.height - 1, `${path}#${id} below the header`).toBe(true);
      }
    }
  });

  /** The first checkbox of the page's first checklist. */
  const firstTick = (page: Page) => page.locator('[data-checklist]').first().getByRole('checkbox').first();

  test('a checklist island loads its code from the base path and keeps a tick across a reload', async ({ page }) => {
    const { base } = build();
    const modules: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') modules.push(`${r.status()} ${new URL(r.url()).pathname}`);
    });
    await page.goto('prepare/');
    await hydrated(page);
    await firstTick(page).check();
    await expect(firstTick(page)).toBeChecked();
    // The checklists, not the handoff block, which loads only when it is used.
    await fullyHydrated(page, 'checklist');
    expect(modules.length).toBeGreaterThan(0);
    for (const m of modules) expect(m).toMatch(new RegExp(`^200 ${base}_astro/`));
    await page.reload();
    await hydrated(page);
    await expect(firstTick(page)).toBeChecked();
  });

  test('search loads Pagefind (WebAssembly, served with its type) and finds a section', async ({ page }) => {
    const { base } = build();
    await page.goto('faq/');
    await scriptsReady(page);
    await page.getByRole('banner').getByRole('link', { name: 'Search' }).click();
    const dialog = page.getByRole('dialog', { name: 'Search the guide' });
    await dialog.getByRole('searchbox', { name: 'Search the guide' }).fill('payment');
    const first = dialog.getByRole('list', { name: 'Results' }).getByRole('link').first();
    await expect(first).toBeVisible();
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${base}`));
  });
});
