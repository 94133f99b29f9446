// @ts-check
/**
 * Static hosts look for `404.html` in the nearest folder. Astro writes the Chinese 404 page
 * as `zh-cn/404/index.html`; this moves it to `zh-cn/404.html` after the build.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** @returns {import('astro').AstroIntegration} */
export function localized404() {
  return {
    name: 'localized-404',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        const from = `${out}zh-cn/404/index.html`;
        if (!existsSync(from)) return;
        renameSync(from, `${out}zh-cn/404.html`);
        rmSync(`${out}zh-cn/404`, { recursive: true, force: true });
      },
    },
  };
}
