// @ts-check
/**
 * A stylesheet that no page needs for its first render, served as its own cached file and
 * loaded by a script when it is first needed (the search dialog's styles: SearchDialog.astro).
 * Astro inlines every page's CSS and does not emit a stylesheet imported with `?url`, so this
 * integration does: it bundles and minifies the file with Lightning CSS, names it by its content hash under
 * `_astro/` (cached as immutable, like the rest of the build's assets), writes it at the end of
 * the build, serves it in `astro dev`, and gives its address to client code as the constant
 * named by `define`.
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle } from 'lightningcss';
import { joinBase } from '../lib/base-path.ts';

/**
 * @param {{ source: string, name: string, define: string }} options
 *   source: the stylesheet, relative to the project root; name: the file's name before its hash;
 *   define: the global constant that holds its URL.
 * @returns {import('astro').AstroIntegration}
 */
export function lazyStylesheet({ source, name, define }) {
  /** @type {Buffer} */
  let code = Buffer.alloc(0);
  let file = '';
  return {
    name: `lazy-stylesheet-${name}`,
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const path = fileURLToPath(new URL(source, config.root));
        // bundle(): the stylesheet's @import rules are inlined (a shared stylesheet, such as button.css).
        code = Buffer.from(bundle({ filename: path, minify: true }).code);
        const hash = createHash('sha256').update(code).digest('base64url').slice(0, 8);
        file = `${name}.${hash}.css`;
        const url = joinBase(config.base, `_astro/${file}`);
        updateConfig({
          vite: {
            define: { [define]: JSON.stringify(url) },
            plugins: [
              {
                name: `lazy-stylesheet-dev-${name}`,
                configureServer(server) {
                  server.middlewares.use((req, res, next) => {
                    if (req.url?.split('?')[0] !== url) return next();
                    res.setHeader('Content-Type', 'text/css; charset=utf-8');
                    res.end(code);
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(join(fileURLToPath(dir), '_astro', file), code);
      },
    },
  };
}
