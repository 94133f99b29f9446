// @ts-check
/**
 * Static hosts look for `404.html` in the nearest folder. Astro writes a locale's 404 page as
 * `<locale>/404/index.html`; this moves it to `<locale>/404.html` after the build, for every
 * locale of the registry but the default one (whose 404 page is `404.html` already).
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_LOCALE, LOCALES } from '../lib/locale.ts';

/** @returns {import('astro').AstroIntegration} */
export function localized404() {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
          const from = `${out}${locale}/404/index.html`;
          if (!existsSync(from)) continue;
          renameSync(from, `${out}${locale}/404.html`);
          rmSync(`${out}${locale}/404`, { recursive: true, force: true });
        }
      },
    },
  };
}
