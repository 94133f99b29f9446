/**
 * The checklist ticks as a nanostores persistent store, following the write policy of
 * checklist-storage.ts. No DOM: storage and storage events are passed in, so the policy is
 * unit-tested; page-store.ts wires it to the browser.
 *
 * - Ticks live under STORAGE_KEY, shared by every page and locale (item ids are the same in
 *   both languages) and synced between tabs through storage events.
 * - Loading never writes, except a v1 value migrated to an empty STORAGE_KEY. Values that
 *   parse as 'repaired' or 'corrupt', on load or from another tab, stay untouched in storage
 *   until the person ticks, clears or restores; that write holds what could be read plus the
 *   change, so readable ticks of other lists and of unknown (renamed, removed) items survive.
 * - Storage that cannot be read at all is never written (a write could erase ticks we cannot
 *   see): the ticks then live in memory only.
 * - `$canSave` is false while the ticks cannot be kept: storage unreadable, the write probe
 *   failed, or the last write failed (full). It turns true again after a successful write.
 *
 * @nanostores/persistent keeps one storage engine for the whole page: create one store per
 * page (page-store.ts keeps a single instance).
 */
import { type PersistentEvents, persistentAtom, setPersistentEngine } from '@nanostores/persistent';
import { atom, computed, type ReadableAtom } from 'nanostores';
import { createPersistentEngine } from '../../lib/persistent-engine.ts';
import type { SafeStorage } from '../../lib/safe-storage.ts';
import { loadTicks, parseTicks, STORAGE_KEY, serializeTicks, type Ticks } from './storage.ts';

/** The store's value: the ticks, and what writing it means (see `encode`). */
interface Stored {
  ticks: Ticks;
  /**
   * The string to store for this value: for a value read from storage, that same string (so
   * setting it again writes nothing); for a change, its serialisation; undefined for "nothing
   * to store" (the engine ignores deletes).
   */
  write: string | undefined;
}

export interface ChecklistStore {
  /** Every tick in storage, of every list and item, known to this page or not. */
  readonly $ticks: ReadableAtom<Ticks>;
  /** False while ticks cannot be kept in this browser. */
  readonly $canSave: ReadableAtom<boolean>;
  /** Applies a person's change (toggle, clearList, restoreList ...) and saves it when it changes something. */
  update(change: (ticks: Ticks) => Ticks): void;
}

/** Creates the store over `storage`, listening for changes from other tabs through `events`. */
export function createChecklistStore(storage: SafeStorage, events: PersistentEvents): ChecklistStore {
  const current = storage.tryRead(STORAGE_KEY);
  const readable = current !== undefined;
  const $canSave = atom(readable && storage.available);
  setPersistentEngine(
    createPersistentEngine(storage, { writable: () => readable, onWrite: (_key, ok) => $canSave.set(ok) }),
    events,
  );

  // Used while STORAGE_KEY is empty: the ticks of a legacy key, to be written as v2.
  const legacy = readable ? loadTicks((key) => (key === STORAGE_KEY ? null : storage.read(key))) : null;
  const fallback: Stored =
    legacy?.status === 'migrated'
      ? { ticks: legacy.ticks, write: serializeTicks(legacy.ticks) }
      : { ticks: {}, write: undefined };

  const $stored = persistentAtom<Stored>(STORAGE_KEY, fallback, {
    decode: (raw) => ({ ticks: parseTicks(raw).ticks, write: raw }),
    encode: (value) => value.write,
  });
  // 'migrated': writing the v1 ticks under the v2 key right away is safe (legacy keys stay as they are).
  if (current === null && fallback.write !== undefined) $stored.set(fallback);

  return {
    $ticks: computed($stored, (value) => value.ticks),
    $canSave,
    update(change) {
      const ticks = $stored.get().ticks;
      const next = change(ticks);
      if (next !== ticks) $stored.set({ ticks: next, write: serializeTicks(next) });
    },
  };
}
