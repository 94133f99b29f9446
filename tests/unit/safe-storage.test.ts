import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { announceWrites, browserLocalStorage, createSafeStorage, PROBE_KEY } from '../../src/lib/safe-storage.ts';

interface FakeOptions {
  throwOnGet?: boolean;
  throwOnSet?: boolean;
  throwOnRemove?: boolean;
  /** Writes beyond this many stored chars throw QuotaExceededError. */
  quota?: number;
}

/** A Map-backed Storage double that can fail like real browsers do. */
function fakeStorage(options: FakeOptions = {}, initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  const calls: string[] = [];
  const used = () => [...data].reduce((n, [k, v]) => n + k.length + v.length, 0);
  const storage = {
    get length() {
      return data.size;
    },
    clear: () => data.clear(),
    key: (i: number) => [...data.keys()][i] ?? null,
    getItem(key: string) {
      calls.push(`get ${key}`);
      if (options.throwOnGet) throw new DOMException('The operation is insecure.', 'SecurityError');
      return data.get(key) ?? null;
    },
    setItem(key: string, value: string) {
      calls.push(`set ${key}`);
      const tooBig = options.quota !== undefined && used() + key.length + value.length > options.quota;
      if (options.throwOnSet || tooBig) {
        throw new DOMException("Failed to execute 'setItem' on 'Storage': exceeded the quota.", 'QuotaExceededError');
      }
      data.set(key, String(value));
    },
    removeItem(key: string) {
      calls.push(`remove ${key}`);
      if (options.throwOnRemove) throw new DOMException('The operation is insecure.', 'SecurityError');
      data.delete(key);
    },
  };
  return { storage: storage as unknown as Storage, data, calls };
}

describe('createSafeStorage with working storage', () => {
  test('reads, writes and removes', () => {
    const { storage, data } = fakeStorage({}, { a: '1' });
    const safe = createSafeStorage(() => storage);
    assert.equal(safe.read('a'), '1');
    assert.equal(safe.read('missing'), null);
    assert.equal(safe.write('b', '2'), true);
    assert.equal(data.get('b'), '2');
    assert.equal(safe.remove('a'), true);
    assert.equal(data.has('a'), false);
  });

  test('is available and the probe key is cleaned up', () => {
    const { storage, data, calls } = fakeStorage();
    const safe = createSafeStorage(() => storage);
    assert.equal(safe.available, true);
    assert.equal(data.has(PROBE_KEY), false);
    assert.deepEqual(calls, [`set ${PROBE_KEY}`, `remove ${PROBE_KEY}`]);
  });

  test('probes lazily and only once', () => {
    const { storage, calls } = fakeStorage();
    const safe = createSafeStorage(() => storage);
    assert.deepEqual(calls, []);
    assert.equal(safe.available, true);
    assert.equal(safe.available, true);
    assert.equal(calls.length, 2);
  });

  test('tryRead tells an empty key (null) from a stored value', () => {
    const { storage } = fakeStorage({}, { a: '1' });
    const safe = createSafeStorage(() => storage);
    assert.equal(safe.tryRead('a'), '1');
    assert.equal(safe.tryRead('missing'), null);
  });

  test('treats a non-string getItem result as missing', () => {
    const storage = { getItem: () => undefined } as unknown as Storage;
    assert.equal(createSafeStorage(() => storage).read('a'), null);
  });
});

describe('createSafeStorage with no storage', () => {
  for (const [name, value] of [
    ['null', null],
    ['undefined', undefined],
  ] as const) {
    test(`getter returning ${name}`, () => {
      const safe = createSafeStorage(() => value);
      assert.equal(safe.available, false);
      assert.equal(safe.read('a'), null);
      assert.equal(safe.tryRead('a'), undefined);
      assert.equal(safe.write('a', '1'), false);
      assert.equal(safe.remove('a'), false);
    });
  }

  test('a non-Storage object does not throw', () => {
    const safe = createSafeStorage(() => ({}) as Storage);
    assert.equal(safe.available, false);
    assert.equal(safe.read('a'), null);
    assert.equal(safe.write('a', '1'), false);
  });
});

describe('createSafeStorage with failing storage', () => {
  test('window.localStorage getter that throws (sandboxed iframe, cookies disabled)', () => {
    const win = {
      get localStorage(): Storage {
        throw new DOMException(
          "Failed to read the 'localStorage' property from 'Window': Access is denied.",
          'SecurityError',
        );
      },
    };
    const safe = createSafeStorage(() => win.localStorage);
    assert.equal(safe.available, false);
    assert.equal(safe.read('a'), null);
    assert.equal(safe.tryRead('a'), undefined);
    assert.equal(safe.write('a', '1'), false);
    assert.equal(safe.remove('a'), false);
  });

  test('getItem that throws', () => {
    const { storage } = fakeStorage({ throwOnGet: true }, { a: '1' });
    const safe = createSafeStorage(() => storage);
    assert.equal(safe.read('a'), null);
    assert.equal(safe.tryRead('a'), undefined);
    assert.equal(safe.write('a', '2'), true);
  });

  test('setItem that throws QuotaExceededError (Safari private mode): unavailable, but reads work', () => {
    const { storage, data } = fakeStorage({ throwOnSet: true }, { a: '1' });
    const safe = createSafeStorage(() => storage);
    assert.equal(safe.available, false);
    assert.equal(safe.write('a', '2'), false);
    assert.equal(data.get('a'), '1');
    assert.equal(safe.read('a'), '1');
    assert.equal(safe.remove('a'), true);
  });

  test('quota reached later: write returns false and keeps the old value', () => {
    const { storage, data } = fakeStorage({ quota: 40 });
    const safe = createSafeStorage(() => storage);
    assert.equal(safe.available, true);
    assert.equal(safe.write('k', 'small'), true);
    assert.equal(safe.write('k', 'x'.repeat(100)), false);
    assert.equal(data.get('k'), 'small');
  });

  test('removeItem that throws', () => {
    const { storage } = fakeStorage({ throwOnRemove: true });
    const safe = createSafeStorage(() => storage);
    assert.equal(safe.remove('a'), false);
    assert.equal(safe.available, false);
  });

  test('getter that throws only sometimes is retried on each access', () => {
    const { storage } = fakeStorage({}, { a: '1' });
    let blocked = true;
    const safe = createSafeStorage(() => {
      if (blocked) throw new Error('blocked');
      return storage;
    });
    assert.equal(safe.read('a'), null);
    blocked = false;
    assert.equal(safe.read('a'), '1');
  });

  test('non-Error throwables are caught too', () => {
    const safe = createSafeStorage(() => {
      throw 'string thrown';
    });
    assert.equal(safe.read('a'), null);
    assert.equal(safe.available, false);
  });
});

describe('announceWrites', () => {
  test('announces each successful write with its key and value, and passes everything else through', () => {
    const { storage } = fakeStorage({}, { a: '1' });
    const heard: string[] = [];
    const safe = announceWrites(
      createSafeStorage(() => storage),
      (key, value) => heard.push(`${key}=${value}`),
    );
    assert.equal(safe.read('a'), '1');
    assert.equal(safe.tryRead('b'), null);
    assert.equal(safe.available, true);
    assert.equal(safe.write('b', '2'), true);
    assert.equal(safe.read('b'), '2');
    assert.equal(safe.remove('a'), true);
    assert.equal(safe.read('a'), null);
    assert.deepEqual(heard, ['b=2']);
  });

  test('a failed write is not announced', () => {
    const { storage } = fakeStorage({ throwOnSet: true });
    const heard: string[] = [];
    const safe = announceWrites(
      createSafeStorage(() => storage),
      (key) => heard.push(key),
    );
    assert.equal(safe.write('b', '2'), false);
    assert.equal(safe.available, false);
    assert.deepEqual(heard, []);
  });
});

describe('browserLocalStorage', () => {
  test('is undefined outside a browser', () => {
    assert.equal(typeof (globalThis as { window?: unknown }).window, 'undefined');
    assert.equal(browserLocalStorage(), undefined);
    assert.equal(createSafeStorage(browserLocalStorage).available, false);
  });
});
