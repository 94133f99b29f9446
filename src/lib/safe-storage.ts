/**
 * A Web Storage wrapper that never throws: for checklists, the theme toggle and similar.
 * Storage can be missing (SSR, old browsers), blocked (the `window.localStorage` getter throws a
 * SecurityError in sandboxed iframes or with cookies disabled), read-only (Safari private mode,
 * QuotaExceededError on every setItem) or full. Reads are attempted even when writes fail.
 */

/** Key written and removed once to probe whether writes work. */
export const PROBE_KEY = 'hwc-guide:probe';

/** Never-throwing view of a Storage. */
export interface SafeStorage {
  /** The stored string, or null when missing or unreadable. */
  read(key: string): string | null;
  /** Like read, but undefined (not null) when storage is missing or reading it threw: "unreadable" vs "empty". */
  tryRead(key: string): string | null | undefined;
  /** Stores the value; false when storage is missing, blocked or full. */
  write(key: string, value: string): boolean;
  /** Deletes the key; false when storage is missing or blocked. */
  remove(key: string): boolean;
  /** Whether a probe write + remove succeeded (probed on first access, then cached). */
  readonly available: boolean;
}

/** Wraps a storage getter (called on every access, inside try/catch) so no access can throw. */
export function createSafeStorage(getStorage: () => Storage | undefined | null): SafeStorage {
  function attempt<T>(use: (storage: Storage) => T, fallback: T): T {
    try {
      const storage = getStorage();
      return storage ? use(storage) : fallback;
    } catch {
      return fallback;
    }
  }
  let probed: boolean | undefined;
  return {
    read: (key) =>
      attempt((storage) => {
        const value = storage.getItem(key);
        return typeof value === 'string' ? value : null;
      }, null),
    tryRead: (key) =>
      attempt<string | null | undefined>((storage) => {
        const value = storage.getItem(key);
        return typeof value === 'string' ? value : null;
      }, undefined),
    write: (key, value) =>
      attempt((storage) => {
        storage.setItem(key, value);
        return true;
      }, false),
    remove: (key) =>
      attempt((storage) => {
        storage.removeItem(key);
        return true;
      }, false),
    get available() {
      probed ??= attempt((storage) => {
        storage.setItem(PROBE_KEY, '1');
        storage.removeItem(PROBE_KEY);
        return true;
      }, false);
      return probed;
    },
  };
}

/** Storage getter for the browser's localStorage; undefined outside a browser (may throw; createSafeStorage catches). */
export function browserLocalStorage(): Storage | undefined {
  return typeof window === 'undefined' ? undefined : window.localStorage;
}

/**
 * The same storage, telling `announce` after each successful write. The browser tells other
 * tabs about a write (storage events) but not the page itself; islands of one page that are
 * bundled apart (each with its own store) learn of each other's writes this way.
 */
export function announceWrites(storage: SafeStorage, announce: (key: string, value: string) => void): SafeStorage {
  return {
    read: (key) => storage.read(key),
    tryRead: (key) => storage.tryRead(key),
    write: (key, value) => {
      const ok = storage.write(key, value);
      if (ok) announce(key, value);
      return ok;
    },
    remove: (key) => storage.remove(key),
    get available() {
      return storage.available;
    },
  };
}
