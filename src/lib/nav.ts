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

/** The sidebar's groups, in order, and the pages (by slug) each one holds. */
export const NAV_GROUPS = [
  { id: 'start', slugs: ['', 'prepare'] },
  { id: 'sign-up', slugs: ['register', 'complete-account', 'bind-card'] },
  { id: 'pay', slugs: ['recharge', 'top-up', 'partners'] },
  { id: 'questions', slugs: ['faq', 'more-questions'] },
  {
    id: 'problems',
    slugs: [
      'payment-problems',
      'bills-and-arrears',
      'coupons-and-refunds',
      'account-problems',
      'account-restrictions',
      'account-changes',
    ],
  },
  { id: 'tools', slugs: ['check-a-link'] },
] as const;

export type NavGroupId = (typeof NAV_GROUPS)[number]['id'];

/**
 * The pages in their sidebar groups, each group's pages in reading order; groups without a
 * page of this language are left out. A page that no group lists is an error naming it, so a
 * new page cannot silently vanish from the sidebar.
 */
export function groupPages<T extends NavPage>(pages: readonly T[]): { id: NavGroupId; pages: T[] }[] {
  const sorted = sortPages(pages);
  const listed = new Set<string>(NAV_GROUPS.flatMap((g) => g.slugs));
  const orphans = sorted.filter((p) => !listed.has(p.slug)).map((p) => p.slug || '(overview)');
  if (orphans.length > 0)
    throw new Error(`src/lib/nav.ts: NAV_GROUPS does not list ${orphans.join(', ')}; add each page to a group`);
  return NAV_GROUPS.map((g) => ({
    id: g.id,
    pages: sorted.filter((p) => (g.slugs as readonly string[]).includes(p.slug)),
  })).filter((g) => g.pages.length > 0);
}
