/** The page's one checklist store, over the browser's localStorage; created on first use in the browser. */
import { windowPersistentEvents } from '@nanostores/persistent';
import { type ChecklistStore, createChecklistStore } from '../../lib/checklist-store.ts';
import { browserLocalStorage, createSafeStorage } from '../../lib/safe-storage.ts';

let store: ChecklistStore | undefined;

/** The shared store (call it in effects only: it reads storage, which the server must not do). */
export function checklistStore(): ChecklistStore {
  store ??= createChecklistStore(createSafeStorage(browserLocalStorage), windowPersistentEvents);
  return store;
}
