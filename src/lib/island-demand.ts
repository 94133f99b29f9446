/**
 * When an island's module must load at once rather than on the reader's first touch, click,
 * focus or key in it (src/scripts/islands/loader.ts). Pure: storage and the URL are passed in.
 */
import { LEGACY_KEYS, STORAGE_KEY } from './checklist-keys.ts';
import { QUERY_PARAMS } from './url-state.ts';

/** The storage keys that hold checklist ticks; a storage event on one of them wakes the checklists. */
export const TICK_KEYS: readonly string[] = [STORAGE_KEY, ...LEGACY_KEYS];

/**
 * Checklists load at once when this browser has saved ticks to show, or when storage cannot be
 * read (the island then says that ticks cannot be kept). `read` may throw, as localStorage does.
 */
export function checklistsNeededNow(read: (key: string) => string | null): boolean {
  try {
    return TICK_KEYS.some((key) => read(key) !== null);
  } catch {
    return true;
  }
}

/** The chooser loads at once when the link carries answers (any of its query params). */
export function chooserNeededNow(search: string): boolean {
  const params = new URLSearchParams(search);
  return QUERY_PARAMS.some((key) => params.has(key));
}
