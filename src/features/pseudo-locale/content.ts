/**
 * The pseudo-locale's pages: one copy of each English page in `src/content/docs/en-xa/`,
 * written when the content collection loads (generated, never committed). The copy's
 * frontmatter is pseudo-localized here (reader-facing text only: titles, descriptions,
 * questions and answers, steps); its body is copied as it is and pseudo-localized while it is
 * rendered, text node by text node (markdown-plugin.ts), so MDX syntax, components and their
 * props, code, links and heading ids are never touched.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Loader } from 'astro/loaders';
import { PSEUDO_LOCALE, PSEUDO_SOURCE, pseudoLocaleEnabled } from './locale.ts';
import { pseudoLocalize } from './pseudo-localize.ts';

/**
 * Frontmatter keys whose values (and everything under them) are kept as they are: ids, URLs,
 * dates, numbers, enums, and what quotes or cites the official help center (sources, claims).
 */
const KEEP_KEYS = new Set([
  'id',
  'url',
  'href',
  'order',
  'lastReviewed',
  'sources',
  'aliases',
  'moved',
  'claims',
  'checked',
  'status',
  'quoteLang',
]);

/** The longest value a top-level frontmatter key may have (the schema's limits: title, description). */
export type Limits = Readonly<Record<string, number | undefined>>;

/** The glob pattern of the docs collection: the pseudo-locale's folder only in a pseudo-locale build. */
export function docsPattern(enabled = pseudoLocaleEnabled()): string | string[] {
  return enabled ? '**/*.mdx' : ['**/*.mdx', `!${PSEUDO_LOCALE}/**`];
}

/** One page's source with its frontmatter pseudo-localized; the body is returned as it is. */
export async function pseudoPageSource(source: string, limits: Limits = {}): Promise<string> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n|$)/.exec(source);
  if (!match) return source;
  const { isPair, isScalar, parseDocument, visit } = await import('yaml');
  const doc = parseDocument(match[1] ?? '');
  visit(doc, {
    Scalar(key, node, path) {
      if (key === 'key' || typeof node.value !== 'string') return;
      const keys = path.filter(isPair).map((p) => String(isScalar(p.key) ? p.key.value : p.key));
      if (keys.some((k) => KEEP_KEYS.has(k))) return;
      const top = keys.length === 1 ? keys[0] : undefined;
      node.value = pseudoLocalize(node.value, { maxLength: top === undefined ? undefined : limits[top] });
    },
  });
  return `---\n${doc.toString({ lineWidth: 0 })}---\n${source.slice(match[0].length)}`;
}

/**
 * Writes the pseudo-locale's pages into `<docsDir>/en-xa/` from the English ones, or removes
 * that folder when the build has no pseudo-locale (so no other build or tool ever reads it).
 */
export async function writePseudoPages(
  docsDir: string,
  limits: Limits,
  enabled = pseudoLocaleEnabled(),
): Promise<void> {
  const out = join(docsDir, PSEUDO_LOCALE);
  rmSync(out, { recursive: true, force: true });
  if (!enabled) return;
  const from = join(docsDir, PSEUDO_SOURCE);
  mkdirSync(out, { recursive: true });
  for (const name of readdirSync(from).filter((f) => f.endsWith('.mdx'))) {
    writeFileSync(join(out, name), await pseudoPageSource(readFileSync(join(from, name), 'utf8'), limits));
  }
}

/** A content loader that writes (or removes) the pseudo-locale's pages, then loads with `loader`. */
export function withPseudoLocale(loader: Loader, docsDir: string, limits: Limits): Loader {
  return {
    ...loader,
    name: `${loader.name}+pseudo-locale`,
    load: async (context) => {
      await writePseudoPages(docsDir, limits);
      return loader.load(context);
    },
  };
}
