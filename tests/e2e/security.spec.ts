import { builtPages, expect, test } from './fixtures.ts';

const pages = builtPages();

test.describe('delivery hardening', () => {
  test.describe.configure({ timeout: 120_000 });
  test('every page carries a strict Content-Security-Policy, as meta and as header', async ({ page }) => {
    for (const path of pages) {
      const response = await page.goto(path);
      const meta = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(meta, path).toBeTruthy();
      for (const policy of [meta ?? '', (await response?.allHeaders())?.['content-security-policy'] ?? '']) {
        expect(policy, path).toMatch(/script-src 'self'/);
        expect(policy, path).toMatch(/default-src 'none'/);
        expect(policy, path).not.toMatch(/unsafe-inline|'unsafe-eval'/);
      }
      const headers = (await response?.allHeaders()) ?? {};
      expect(headers['content-security-policy'], path).toMatch(/frame-ancestors 'none'/);
      expect(headers['x-content-type-options']).toBe('nosniff');
      expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy']).toMatch(/camera=\(\)/);
    }
  });

  test('the CSP blocks a script injected at run time', async ({ page, watch }) => {
    watch.allow(/CSP violation|Content Security Policy/);
    await page.goto('/faq/');
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.body.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
  });

  test('no page requests anything from another origin', async ({ page, baseURL }) => {
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (/^https?:/.test(r.url()) && new URL(r.url()).origin !== new URL(baseURL ?? '').origin) foreign.push(r.url());
    });
    for (const path of pages) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
    }
    expect(foreign).toEqual([]);
  });

  test('hashed assets are cached for a year, HTML briefly', async ({ request }) => {
    const html = await request.get('/register/');
    expect(html.headers()['cache-control']).toBe('public, max-age=300, must-revalidate');
    // The stylesheet is inlined; the page's island module is a hashed asset.
    const js = (await html.text()).match(/data-island-src="(\/_astro\/[^"]+\.js)"/)?.[1];
    expect(js).toBeTruthy();
    const asset = await request.get(js ?? '');
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
