/** One checklist item as written in the page's frontmatter (schema.ts). */
export interface ChecklistItem {
  id: string;
  label: string;
  detail?: string;
  link?: { href: string; text: string };
}

/** One checklist on the overview: its title, where it is, and its item ids. */
export interface OverviewList {
  id: string;
  title: string;
  href: string;
  itemIds: string[];
}
