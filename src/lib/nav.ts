/** Sidebar order and previous/next links. Pure. */

export interface NavPage {
  slug: string;
  title: string;
  order: number;
}

/** Pages sorted by their `order`, then by slug for a stable result. */
export function sortPages<T extends NavPage>(pages: readonly T[]): T[] {
  return [...pages].sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

/** The pages before and after `slug` in reading order (undefined at either end or when unknown). */
export function prevNext<T extends NavPage>(pages: readonly T[], slug: string): { prev?: T; next?: T } {
  const sorted = sortPages(pages);
  const i = sorted.findIndex((p) => p.slug === slug);
  if (i < 0) return {};
  const result: { prev?: T; next?: T } = {};
  const prev = sorted[i - 1];
  const next = sorted[i + 1];
  if (prev) result.prev = prev;
  if (next) result.next = next;
  return result;
}
