/**
 * A storage engine for @nanostores/persistent (`setPersistentEngine`) over a SafeStorage, so
 * that no read or write of a persistent store can throw. No DOM: the storage is passed in.
 *
 * @nanostores/persistent reads `engine[key]` and `key in engine`, writes `engine[key] = value`
 * and deletes with `delete engine[key]`, and catches none of the errors a Web Storage throws.
 * This engine:
 * - reads through the SafeStorage (an unreadable key looks missing);
 * - skips a write whose value is already stored (re-setting a value read from storage is a
 *   no-op, so a store never rewrites what it only read);
 * - skips every write and delete while `writable()` is false;
 * - reports each write it attempts to `onWrite(key, ok)` (false: missing, blocked or full);
 * - deletes only when `allowDelete` is true (off by default: removing a key erases data).
 */
import type { PersistentStore } from '@nanostores/persistent';
import type { SafeStorage } from './safe-storage.ts';

export interface EngineOptions {
  /** Whether writes may happen now (default: always). */
  writable?: () => boolean;
  /** Called after every attempted write with its outcome. */
  onWrite?: (key: string, ok: boolean) => void;
  /** Let `delete engine[key]` remove the key (default false: deletes are ignored). */
  allowDelete?: boolean;
}

/** Wraps a SafeStorage as a never-throwing @nanostores/persistent engine. */
export function createPersistentEngine(storage: SafeStorage, options: EngineOptions = {}): PersistentStore {
  const { writable = () => true, onWrite, allowDelete = false } = options;
  return new Proxy({} as PersistentStore, {
    get(_target, key) {
      if (typeof key !== 'string') return undefined;
      return storage.read(key) ?? undefined;
    },
    has(_target, key) {
      return typeof key === 'string' && storage.read(key) !== null;
    },
    set(_target, key, value) {
      // A set trap must return true: returning false throws a TypeError in strict-mode callers.
      if (typeof key !== 'string' || typeof value !== 'string' || !writable()) return true;
      if (storage.read(key) === value) return true;
      onWrite?.(key, storage.write(key, value));
      return true;
    },
    deleteProperty(_target, key) {
      if (allowDelete && typeof key === 'string' && writable()) storage.remove(key);
      return true;
    },
  });
}
