// @ts-check
/**
 * Build-time guard for permanent section links.
 *
 * Every h2 and h3 in the docs must carry an explicit ASCII id written in the source
 * (`## Title {#some-id}`), and no id may appear twice on a page. Ids are the site's
 * public interface (people share them), so a missing or duplicate id fails the build
 * with the file name instead of silently generating a different anchor.
 */
import { fileURLToPath } from 'node:url';
import { ID_RULE, isId } from '../lib/section-id.ts';

/** @param {URL | undefined} url */
const where = (url) => (url ? fileURLToPath(url) : 'a Markdown document');

/** @type {import('satteri').HastPluginEntry} */
export const headingIdGuard = (factory) => {
  /** @type {Set<string>} */
  const seen = new Set();
  const file = where(factory.fileURL);
  return {
    name: 'heading-id-guard',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.id;
        const text = ctx.textContent(node).trim();
        if (typeof id !== 'string' || id === '') {
          throw new Error(`${file}: heading "${text}" has no explicit id. Write it as "## ${text} {#an-id}".`);
        }
        if (!isId(id)) {
          throw new Error(`${file}: heading id "${id}" must ${ID_RULE}.`);
        }
        if (seen.has(id)) {
          throw new Error(`${file}: the id "${id}" is used by two headings on the same page.`);
        }
        seen.add(id);
      },
    },
  };
};
