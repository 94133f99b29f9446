/**
 * The checklists of the whole guide, from the pages' frontmatter (`checklists`, schema.ts) and
 * where each page's body places them (`<Checklist id="…" />`). Pure: collection.ts feeds it the
 * content collection; the components read its answers. Every problem fails the build with a
 * message naming the page, the component and the bad value.
 */
import type { Locale } from '../../lib/locale.ts';
import type { Checklists } from './schema.ts';
import type { OverviewList } from './types.ts';

/** What the catalog needs of one guide page. */
export interface ChecklistPage {
  locale: Locale;
  /** '' for the overview. */
  slug: string;
  /** The page's source file, for messages. */
  file: string;
  /** The page's frontmatter `checklists`. */
  checklists: Checklists;
  /** The MDX body. */
  body: string;
}

/** One `<Checklist>` in a page's body. */
export interface Placement {
  id: string;
  /** Id of the closest `##`-`######` heading above it (`{#id}`), if any: where the overview links. */
  anchor?: string;
}

const TAG = /<Checklist(?=[\s/>])([^>]*?)\/?>/g;
const ID_ATTR = /\bid\s*=\s*(?:"([^"]*)"|'([^']*)')/;
const HEADING = /^#{2,6}[ \t].*?\{#([a-z0-9][a-z0-9-]*)\}[ \t]*$/gm;

/** Replaces fenced code blocks with spaces (same length, same line breaks): examples in code are not read. */
function maskCodeFences(source: string): string {
  return source.replace(/^([ \t]*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[ \t]*$/gm, (block) =>
    block.replace(/[^\n]/g, ' '),
  );
}

/**
 * The `<Checklist>` tags of a body, in page order, each with the heading above it. A tag
 * without a literal `id="…"` gets the id '' (the checks below then name it).
 */
export function placements(body: string): Placement[] {
  const text = maskCodeFences(body);
  return [...text.matchAll(TAG)].map((match) => {
    const attr = ID_ATTR.exec(match[1] ?? '');
    const placement: Placement = { id: attr?.[1] ?? attr?.[2] ?? '' };
    const anchor = [...text.slice(0, match.index).matchAll(HEADING)].at(-1)?.[1];
    if (anchor) placement.anchor = anchor;
    return placement;
  });
}

const listIds = (checklists: Checklists) => Object.keys(checklists);
const quoted = (ids: readonly string[]) => (ids.length > 0 ? ids.map((id) => `"${id}"`).join(', ') : 'none');

/**
 * The checklist `<Checklist {...props}>` shows on `page`; throws naming the page, the component
 * and the bad value when there is no such checklist or a prop other than `id` is written.
 */
export function checklistFor(page: Pick<ChecklistPage, 'file' | 'checklists'>, props: { readonly id?: unknown }) {
  const { id } = props;
  const tag = `<Checklist id=${JSON.stringify(id)}>`;
  const extra = Object.keys(props).filter((name) => name !== 'id');
  if (extra.length > 0)
    throw new Error(
      `${page.file}: ${tag} takes only an id; write ${extra.map((p) => `"${p}"`).join(', ')} in the frontmatter "checklists"`,
    );
  const list = typeof id === 'string' && Object.hasOwn(page.checklists, id) ? page.checklists[id] : undefined;
  if (!list)
    throw new Error(
      `${page.file}: ${tag}: no such checklist in the frontmatter "checklists" (allowed ids: ${quoted(listIds(page.checklists))})`,
    );
  return list;
}

/**
 * Everything wrong across the pages: a checklist the body does not place exactly once, a tag
 * whose id the frontmatter lacks, a list id that two pages of a language use (their ticks would
 * mix), and a page whose languages have other list or item ids (ticks are shared by language).
 */
export function catalogProblems(pages: readonly ChecklistPage[]): string[] {
  const problems: string[] = [];
  const owner = new Map<string, ChecklistPage>();
  for (const page of pages) {
    const placed = placements(page.body).map((p) => p.id);
    for (const id of placed)
      if (!Object.hasOwn(page.checklists, id))
        problems.push(
          `${page.file}: <Checklist id=${JSON.stringify(id)}>: no such checklist in the frontmatter "checklists" (allowed ids: ${quoted(listIds(page.checklists))})`,
        );
    for (const id of listIds(page.checklists)) {
      const times = placed.filter((p) => p === id).length;
      if (times !== 1)
        problems.push(
          `${page.file}: checklist "${id}" of the frontmatter is placed ${times} times in the body; write <Checklist id="${id}" /> once`,
        );
      const key = `${page.locale}:${id}`;
      const other = owner.get(key);
      if (other) problems.push(`${page.file}: checklist id "${id}" is already used by ${other.file}`);
      else owner.set(key, page);
    }
  }
  const itemIdsOf = (page: ChecklistPage) =>
    listIds(page.checklists)
      .sort()
      .map((id) => `${id}: ${page.checklists[id]?.items.map((item) => item.id).join(', ')}`);
  const bySlug = new Map<string, ChecklistPage[]>();
  for (const page of pages) bySlug.set(page.slug, [...(bySlug.get(page.slug) ?? []), page]);
  for (const group of bySlug.values()) {
    const [first, ...rest] = group;
    if (!first) continue;
    for (const page of rest)
      if (itemIdsOf(page).join('\n') !== itemIdsOf(first).join('\n'))
        problems.push(
          `${page.file}: its checklists must have the ids of ${first.file} (${itemIdsOf(first).join('; ') || 'none'}), not ${itemIdsOf(page).join('; ') || 'none'}`,
        );
  }
  return problems;
}

/**
 * The checklists of one language in page order (`pages` sorted by the caller), each linking to
 * the heading above it; a list without a title is named by its page's title.
 */
export function overviewLists(
  pages: readonly (ChecklistPage & { title: string })[],
  locale: Locale,
  hrefOf: (slug: string) => string,
): OverviewList[] {
  return pages
    .filter((page) => page.locale === locale)
    .flatMap((page) =>
      placements(page.body).flatMap(({ id, anchor }) => {
        const list = Object.hasOwn(page.checklists, id) ? page.checklists[id] : undefined;
        if (!list) return [];
        return [
          {
            id,
            title: list.title?.trim() || page.title,
            href: `${hrefOf(page.slug)}${anchor ? `#${anchor}` : ''}`,
            itemIds: list.items.map((item) => item.id),
          },
        ];
      }),
    );
}

/**
 * Every checklist of the site, in every language: list id -> its item ids. A list that only one
 * language has yet still counts, so a link from the other language keeps its ticks.
 */
export function knownLists(pages: readonly ChecklistPage[]): Record<string, string[]> {
  const lists: Record<string, string[]> = {};
  for (const page of pages)
    for (const [id, list] of Object.entries(page.checklists))
      lists[id] = [...new Set([...(lists[id] ?? []), ...list.items.map((item) => item.id)])];
  return lists;
}
