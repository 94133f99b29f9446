/**
 * When an island's module must load at once rather than on the reader's first touch, click,
 * focus or key in it (src/scripts/islands/loader.ts). Pure: storage and the URL are passed in.
 */
import { LEGACY_KEYS, STORAGE_KEY } from '../features/checklist/keys.ts';
import { serializeTicks, type Ticks } from '../features/checklist/storage.ts';
import { QUERY_PARAMS } from '../features/chooser/url-state.ts';
import { PROBE_KEY } from './safe-storage.ts';

/** The storage keys that hold checklist ticks; a storage event on one of them wakes the checklists. */
export const TICK_KEYS: readonly string[] = [STORAGE_KEY, ...LEGACY_KEYS];

/**
 * Checklists load at once when this browser has saved ticks to show, or when ticks cannot be
 * kept (storage missing, unreadable or refusing a probe write: the island then says so).
 * `storage()` and its methods may throw, as localStorage does.
 */
export function checklistsNeededNow(storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): boolean {
  try {
    const s = storage();
    if (TICK_KEYS.some((key) => s.getItem(key) !== null)) return true;
    s.setItem(PROBE_KEY, '1');
    s.removeItem(PROBE_KEY);
    return false;
  } catch {
    return true;
  }
}

/** The chooser loads at once when the link carries answers (any of its query params). */
export function chooserNeededNow(search: string): boolean {
  const params = new URLSearchParams(search);
  return QUERY_PARAMS.some((key) => params.has(key));
}

/** The island kinds that share the checklists' module (and their saved ticks). */
export const CHECKLIST_KINDS: readonly string[] = ['checklist', 'checklist-overview'];

/**
 * Whether the module of an island kind loads at once: the chooser and the checklists when they
 * have something to show; every other kind (the link check) only on the reader's first use.
 */
export function neededNow(
  kind: string,
  search: string,
  storage: () => Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
): boolean {
  if (kind === 'chooser') return chooserNeededNow(search);
  if (CHECKLIST_KINDS.includes(kind)) return checklistsNeededNow(storage);
  return false;
}

/**
 * The stored value (serializeTicks, the store's own format) for the boxes ticked before the
 * checklists' module arrived: [list id, item id] pairs read from the page. The loader stores it
 * at once, so a tick survives leaving the page before the module loads.
 */
export function earlyTicksValue(ticked: Iterable<readonly [string, string]>): string {
  const ticks: Ticks = {};
  for (const [listId, itemId] of ticked) ticks[listId] = { ...ticks[listId], [itemId]: true };
  return serializeTicks(ticks);
}
