/**
 * The shared test fixture: every page a test opens is watched, and the test fails on any
 * console error, uncaught exception, failed request, HTTP error or request to another origin.
 * A test that expects one (a 404 page, a refused clipboard) declares it with `allowProblems`.
 */
import { readdirSync } from 'node:fs';
import { test as base, expect, type Page } from '@playwright/test';
import { htmlFiles, sitePathOf } from '../../scripts/lib/built-files.ts';
import { LOCALE_REGISTRY, type Locale, pageHref } from '../../src/lib/locale.ts';

export interface Watch {
  problems: string[];
  /** Ignore problems whose text matches (for tests that provoke them on purpose). */
  allow: (pattern: RegExp) => void;
}

export const test = base.extend<{ watch: Watch }>({
  watch: [
    async ({ page, baseURL }, use) => {
      const problems: string[] = [];
      const allowed: RegExp[] = [];
      const origin = new URL(baseURL ?? 'http://127.0.0.1').origin;
      const add = (p: string) => {
        if (!allowed.some((re) => re.test(p))) problems.push(p);
      };
      page.on('console', (m) => {
        if (m.type() === 'error') add(`console error: ${m.text()}`);
      });
      page.on('pageerror', (e) => add(`uncaught: ${e.message}`));
      page.on('requestfailed', (r) => {
        // ERR_ABORTED is the browser cancelling a request because the test navigated away.
        if (r.failure()?.errorText !== 'net::ERR_ABORTED')
          add(`failed request: ${r.url()} (${r.failure()?.errorText})`);
      });
      page.on('request', (r) => {
        const u = r.url();
        if (/^https?:/.test(u) && new URL(u).origin !== origin) add(`foreign request: ${u}`);
      });
      // Content-Security-Policy violations are reported by the page itself.
      await page.exposeFunction('__reportCspViolation', (v: string) => add(`CSP violation: ${v}`));
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          const report = (window as unknown as { __reportCspViolation: (v: string) => void }).__reportCspViolation;
          report(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
      page.on('response', (r) => {
        if (r.status() >= 400) add(`HTTP ${r.status()}: ${r.url()}`);
      });
      await use({ problems, allow: (re) => allowed.push(re) });
      expect(problems, 'console errors, failed or foreign requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * All guide pages (English paths; each has a twin in every other locale, under /<locale>/), from
 * the content collection.
 */
export const PAGES: readonly string[] = readdirSync('src/content/docs/en')
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => (f === 'index.mdx' ? '/' : `/${f.replace(/\.mdx$/, '')}/`))
  .sort();
export const ZH = (path: string) => `/zh-cn${path}`;

/**
 * The locales of the build under test, from the registry: the translated ones, and the
 * pseudo-locale `en-xa` when the tests run with PSEUDO_LOCALE=1 (playwright.pseudo.config.ts).
 */
export const BUILT_LOCALES = LOCALE_REGISTRY;

/** A page path (as in PAGES) in a locale: ("/faq/", "zh-cn") -> "/zh-cn/faq/", ("/", "en") -> "/". */
export const inLocale = (path: string, locale: Locale): string => pageHref('/', locale, path.replace(/^\/+|\/+$/g, ''));

/** The page's scripts on pages with islands: one file of the build (src/integrations/island-page-scripts.mjs). */
export const FRAME_SCRIPT = /\/_astro\/frame-[0-9a-f]{12}\.js$/;

/**
 * Waits until the page's scripts have run: the search link then says that it opens a dialog
 * (aria-haspopup="dialog"). On pages with islands those scripts (deep links, copy-link
 * buttons, the language switch, search, the theme toggle, the islands' loader) are one file,
 * run at once, and loaded after the first paint, a moment after the `load` event that a test's
 * `goto` waits for; on content pages they are inline and have run by then.
 */
export async function scriptsReady(page: Page, trigger = 'Search'): Promise<void> {
  await expect(page.getByRole('banner').getByRole('link', { name: trigger })).toHaveAttribute(
    'aria-haspopup',
    'dialog',
  );
}

/**
 * Waits until every island on the page has settled: hydrated, or waiting for the reader's first
 * touch, click, focus or key (islands with nothing to show load on demand). No-op on pages
 * without islands.
 */
export async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLElement>('[data-island]')].every(
      (el) => el.dataset.hydrated !== undefined || el.dataset.islandWaiting !== undefined,
    ),
  );
}

/**
 * Waits until every island on the page, or every island of one kind (`data-island` value), has
 * hydrated (after an interaction, or when it loads at once). Without a kind, the link check is
 * left out: it loads only when it is used (its tests wait for it).
 */
export async function fullyHydrated(page: Page, kind?: string): Promise<void> {
  await page.waitForFunction(
    (k) =>
      [...document.querySelectorAll<HTMLElement>(k ? `[data-island="${k}"]` : '[data-island]')].every(
        (el) => el.dataset.hydrated !== undefined || (!k && el.dataset.island === 'link-check'),
      ),
    kind,
  );
}

/** Every HTML page of the built site, as URL paths ("/", "/zh-cn/faq/", "/404.html"). */
export function builtPages(dir = 'dist'): string[] {
  const pages = htmlFiles(dir)
    .map((file) => `/${sitePathOf(file)}`)
    .sort();
  // A test over the pages must not pass with none.
  if (pages.length === 0) throw new Error(`no HTML page in ${dir}: build the site first`);
  return pages;
}
