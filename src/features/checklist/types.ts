import type { ChecklistData } from './schema.ts';

/** One checklist item as written in the page's frontmatter (schema.ts). */
export type ChecklistItem = ChecklistData['items'][number];

/** One checklist on the overview: its title, where it is, and its item ids. */
export interface OverviewList {
  id: string;
  title: string;
  href: string;
  itemIds: string[];
}
