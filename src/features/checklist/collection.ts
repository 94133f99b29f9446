/**
 * The checklist catalog over the content collection: every guide page with its frontmatter
 * `checklists` and its body, in page order. Checks the whole catalog (catalog.ts) on every call,
 * so any page that shows a checklist, the overview or "Continue on another device" fails the
 * build on a bad checklist anywhere.
 */
import { getCollection } from 'astro:content';
import { parsePathname, splitEntryId } from '../../lib/locale.ts';
import { type ChecklistPage, catalogProblems } from './catalog.ts';

export type CatalogPage = ChecklistPage & { title: string; order: number };

/** Every guide page of every language, sorted by `order`; throws on any checklist problem. */
export async function checklistPages(): Promise<CatalogPage[]> {
  const pages = (await getCollection('docs'))
    .map((entry) => ({
      ...splitEntryId(entry.id),
      file: entry.filePath ?? `src/content/docs/${entry.id}.mdx`,
      title: entry.data.title,
      order: entry.data.order,
      checklists: entry.data.checklists,
      body: entry.body ?? '',
    }))
    .sort((a, b) => a.order - b.order);
  const problems = catalogProblems(pages);
  if (problems.length > 0) throw new Error(`Checklists:\n- ${problems.join('\n- ')}`);
  return pages;
}

/** The page being rendered at `pathname` (under `base`); throws when it is not a guide page. */
export async function checklistPageAt(pathname: string, base: string): Promise<CatalogPage> {
  const { locale, slug } = parsePathname(pathname, base);
  const page = (await checklistPages()).find((p) => p.locale === locale && p.slug === slug);
  if (!page) throw new Error(`<Checklist> on ${pathname}: checklists are shown on guide pages only`);
  return page;
}
