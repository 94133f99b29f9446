// @ts-check

import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { pseudoLocaleText } from './src/features/pseudo-locale/markdown-plugin.ts';
import { islandPageScripts } from './src/integrations/island-page-scripts.mjs';
import { lazyStylesheet } from './src/integrations/lazy-stylesheet.mjs';
import { localized404 } from './src/integrations/localized-404.mjs';
import { securityHeaders } from './src/integrations/security-headers.mjs';
import { DEFAULT_LOCALE, HTML_LANG, LOCALES } from './src/lib/locale.ts';
import { headingIdGuard } from './src/markdown/heading-id-guard.mjs';
import { inlineScriptHashes } from './src/scripts/inline/index.mjs';

/** Where the site is deployed. Override with SITE_URL and BASE_PATH (e.g. BASE_PATH=/guide/). */
const site = process.env.SITE_URL || 'https://hwcloud-intl-guide.example.org';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  // Every page's stylesheet is inlined: nothing outside the HTML blocks its first render.
  build: { format: 'directory', inlineStylesheets: 'always' },
  // Locales come from the registry (src/lib/locale.ts).
  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    routing: { prefixDefaultLocale: false },
  },
  security: {
    csp: {
      algorithm: 'SHA-256',
      // Beyond script-src/style-src, which Astro fills with the hashes of the page's inline code.
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "base-uri 'self'",
        "form-action 'self'",
        "object-src 'none'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: inlineScriptHashes() },
      styleDirective: { resources: ["'self'"] },
    },
  },
  markdown: {
    processor: satteri({
      features: { headingAttributes: true },
      // Only on the pseudo-locale's pages (a PSEUDO_LOCALE=1 test build): their text accented.
      mdastPlugins: [pseudoLocaleText],
      hastPlugins: [headingIdGuard],
    }),
  },
  integrations: [
    localized404(),
    // The search dialog's styles: loaded when the dialog first opens, not part of every page.
    lazyStylesheet({ source: 'src/features/search/search.css', name: 'search', define: '__SEARCH_CSS__' }),
    lazyStylesheet({ source: 'src/features/handoff/handoff-panel.css', name: 'handoff', define: '__HANDOFF_CSS__' }),
    // Before securityHeaders(): island pages load their frame scripts from cached files.
    islandPageScripts(),
    securityHeaders(),
    mdx(),
    preact(),
    sitemap({
      i18n: { defaultLocale: DEFAULT_LOCALE, locales: { ...HTML_LANG } },
      // Not listed: the 404 pages, and the search pages (they only list the guide's sections).
      filter: (page) => !/\/(404|search)\/?$/.test(page),
    }),
  ],
  vite: {
    // The page script (deep links, table of contents, copy links, report link) stays inline on
    // content pages, which make no script request: Astro inlines a script below this size.
    build: { assetsInlineLimit: 8192 },
    worker: {
      // Island modules are bundled as workers (`?worker&url`, one file each). Inlining constants
      // would copy the Public Suffix List's 68 KB label string (tldts, in the link check's
      // psl-entry.ts) into each place that reads it.
      rolldownOptions: { optimization: { inlineConst: false } },
    },
  },
  prefetch: false,
  devToolbar: { enabled: false },
});
