/** One checklist item as written in the content. */
export interface ChecklistItem {
  id: string;
  label: string;
  detail?: string;
  link?: { href: string; text: string };
}
