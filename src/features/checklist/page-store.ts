/**
 * The page's one checklist store, over the browser's localStorage; created on first use in the
 * browser. Each write is also announced to this page as a storage event (the browser only tells
 * other tabs), so islands bundled apart, each with a store of its own (the checklists, "Continue
 * on another device"), stay in step, and the islands' loader wakes the checklists.
 */
import { windowPersistentEvents } from '@nanostores/persistent';
import { announceWrites, browserLocalStorage, createSafeStorage } from '../../lib/safe-storage.ts';
import { type ChecklistStore, createChecklistStore } from './ticks-store.ts';

let store: ChecklistStore | undefined;

const announce = (key: string, newValue: string): void => {
  dispatchEvent(new StorageEvent('storage', { key, newValue }));
};

/** The shared store (call it in effects only: it reads storage, which the server must not do). */
export function checklistStore(): ChecklistStore {
  store ??= createChecklistStore(
    announceWrites(createSafeStorage(browserLocalStorage), announce),
    windowPersistentEvents,
  );
  return store;
}
