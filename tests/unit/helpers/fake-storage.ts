/**
 * A Map-backed Web Storage double for unit tests. `fail` (mutable) makes the named operations
 * throw like browsers do; `writes` records `key=value` and `-key`, and `keys` the same keys
 * without values, both leaving out the keys in `ignore` (such as the availability probe).
 */
export function fakeStorage(
  initial: Record<string, string> = {},
  options: { fail?: { get?: boolean; set?: boolean; remove?: boolean }; ignore?: readonly string[] } = {},
) {
  const data = new Map(Object.entries(initial));
  const fail = { get: false, set: false, remove: false, ...options.fail };
  const ignore = new Set(options.ignore ?? []);
  const writes: string[] = [];
  const keys: string[] = [];
  const record = (key: string, write: string) => {
    if (ignore.has(key)) return;
    writes.push(write);
    keys.push(write.startsWith('-') ? `-${key}` : key);
  };
  const storage = {
    getItem(key: string) {
      if (fail.get) throw new DOMException('denied', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      if (fail.set) throw new DOMException('full', 'QuotaExceededError');
      record(key, `${key}=${value}`);
      data.set(key, value);
    },
    removeItem(key: string) {
      if (fail.remove) throw new DOMException('denied', 'SecurityError');
      record(key, `-${key}`);
      data.delete(key);
    },
  } as unknown as Storage;
  return { storage, data, fail, writes, keys };
}
