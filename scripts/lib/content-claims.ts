/**
 * Reads every claim from the guide's content (the frontmatter of each MDX page, both
 * languages), for the source checker and the built-site tests. Node only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PSEUDO_LOCALE } from '../../src/features/pseudo-locale/locale.ts';
import type { ClaimData } from '../../src/lib/claims.ts';

export const CONTENT_DIR = 'src/content/docs';

export interface ContentClaim extends ClaimData {
  /** "en" or "zh-cn". */
  locale: string;
  /** The page slug ("" for the overview). */
  slug: string;
  id: string;
}

/** The frontmatter of an MDX file as an object ({} when it has none). */
export function frontmatter(source: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!m) return {};
  const data: unknown = parse(m[1] ?? '');
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** The claims of one page's frontmatter, with their check dates as Dates. */
export function claimsOf(source: string, locale: string, slug: string): ContentClaim[] {
  const claims = frontmatter(source).claims;
  if (!claims || typeof claims !== 'object') return [];
  return Object.entries(claims as Record<string, Record<string, unknown>>).map(([id, c]) => ({
    ...(c as unknown as ClaimData),
    checked: new Date(
      `${String(c.checked instanceof Date ? c.checked.toISOString().slice(0, 10) : c.checked)}T00:00:00Z`,
    ),
    locale,
    slug,
    id,
  }));
}

/** Every claim of every page of the content, both languages, in file order. */
export function contentClaims(dir = CONTENT_DIR): ContentClaim[] {
  return readdirSync(dir)
    .filter((locale) => locale !== PSEUDO_LOCALE) // generated copies of English, not content
    .sort()
    .flatMap((locale) =>
      readdirSync(join(dir, locale))
        .filter((f) => f.endsWith('.mdx'))
        .sort()
        .flatMap((file) => {
          const slug = file.replace(/\.mdx$/, '').replace(/^index$/, '');
          return claimsOf(readFileSync(join(dir, locale, file), 'utf8'), locale, slug);
        }),
    );
}
