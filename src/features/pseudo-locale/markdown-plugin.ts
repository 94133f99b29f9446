/**
 * Pseudo-localizes the text of the pseudo-locale's pages while they are rendered: every
 * Markdown text node of a file in `src/content/docs/en-xa/`. Code, link targets, heading ids,
 * MDX expressions and component props are other nodes, so they stay as they are. Other files
 * are not touched (the plugin leaves itself out of their pipeline).
 */
import type { MdastPluginEntry } from 'satteri';
import { PSEUDO_LOCALE } from './locale.ts';
import { pseudoLocalize } from './pseudo-localize.ts';

export const pseudoLocaleText: MdastPluginEntry = (factory) =>
  factory.fileURL?.pathname.includes(`/content/docs/${PSEUDO_LOCALE}/`)
    ? {
        name: 'pseudo-locale-text',
        text(node, ctx) {
          const value = pseudoLocalize(node.value);
          if (value !== node.value) ctx.setProperty(node, 'value', value);
        },
      }
    : null;
