import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { PersistentEvents, PersistentListener } from '@nanostores/persistent';
import { fakeStorage as sharedFakeStorage } from '../../../tests/unit/helpers/fake-storage.ts';
import { createSafeStorage, PROBE_KEY } from '../../lib/safe-storage.ts';
import { clearList, LEGACY_KEYS, restoreList, STORAGE_KEY, toggle } from './storage.ts';
import { createChecklistStore } from './ticks-store.ts';

const LEGACY = LEGACY_KEYS[0] ?? '';

/** Storage that records the keys written (not the availability probe) and can fail like browsers do. */
function fakeStorage(initial: Record<string, string> = {}, fail: { get?: boolean; set?: boolean } = {}) {
  const fake = sharedFakeStorage(initial, { fail, ignore: [PROBE_KEY] });
  return { storage: fake.storage, data: fake.data, writes: fake.keys, fail: fake.fail };
}

/** Storage events of "another tab", delivered by hand. */
function fakeEvents() {
  let listener: PersistentListener | undefined;
  let restore: (() => void) | undefined;
  const events: PersistentEvents = {
    addEventListener(_key, cb, r) {
      listener = cb;
      restore = r;
    },
    removeEventListener() {
      listener = undefined;
    },
  };
  return {
    events,
    otherTab: (key: string | null, newValue: string | null) =>
      listener?.({ key, newValue } as unknown as Parameters<PersistentListener>[0]),
    pageshow: () => restore?.(),
  };
}

/** Opens the store the way an island does (subscribed), over the given storage. */
function open(initial: Record<string, string> = {}, fail: { get?: boolean; set?: boolean } = {}, getter?: () => never) {
  const fake = fakeStorage(initial, fail);
  const ev = fakeEvents();
  const store = createChecklistStore(createSafeStorage(getter ?? (() => fake.storage)), ev.events);
  const seen: unknown[] = [];
  const off = store.$ticks.subscribe((t) => seen.push(t));
  const stored = () => JSON.parse(fake.data.get(STORAGE_KEY) ?? 'null');
  return { ...fake, ...ev, store, seen, off, stored };
}

const v2 = (lists: unknown) => JSON.stringify({ v: 2, lists });
const tick =
  (list: string, item: string, on = true) =>
  (t: Parameters<typeof toggle>[0]) =>
    toggle(t, list, item, on);

describe('createChecklistStore: loading', () => {
  test('empty storage: no ticks, can save, nothing written', () => {
    const s = open();
    assert.deepEqual(s.store.$ticks.get(), {});
    assert.equal(s.store.$canSave.get(), true);
    assert.deepEqual(s.writes, []);
  });

  test('valid v2: ticks read, nothing written', () => {
    const s = open({ [STORAGE_KEY]: v2({ prepare: { email: true } }) });
    assert.deepEqual(s.store.$ticks.get(), { prepare: { email: true } });
    assert.deepEqual(s.writes, []);
  });

  for (const [kind, raw, ticks] of [
    ['invalid JSON', '{"v":2,"lists":{"prepare":{"email":tr', {}],
    [
      'wrong types',
      '{"v":2,"lists":{"prepare":{"email":true,"network":"yes"},"register":[1,2]}}',
      { prepare: { email: true } },
    ],
    ['a newer version', '{"v":3,"lists":{"prepare":{"email":true}},"extra":1}', { prepare: { email: true } }],
    ['a v1 shape under the v2 key', '{"prepare":["email"]}', { prepare: { email: true } }],
    ['not an object', '"just a string"', {}],
  ] as const) {
    test(`${kind}: readable ticks shown, the stored value left untouched until a change`, () => {
      const s = open({ [STORAGE_KEY]: raw });
      assert.deepEqual(s.store.$ticks.get(), ticks);
      s.pageshow();
      assert.equal(s.data.get(STORAGE_KEY), raw);
      assert.deepEqual(s.writes, []);
      s.store.update(tick('prepare', 'network'));
      assert.deepEqual(s.stored(), { v: 2, lists: { prepare: { ...ticks.prepare, network: true } } });
    });
  }

  test('unknown lists and items are kept through changes', () => {
    const raw = v2({ prepare: { email: true, 'old-item': true }, 'other-list': { x: true } });
    const s = open({ [STORAGE_KEY]: raw });
    s.store.update(tick('prepare', 'network'));
    s.store.update(tick('prepare', 'email', false));
    assert.deepEqual(s.stored().lists, { prepare: { network: true, 'old-item': true }, 'other-list': { x: true } });
  });

  test('legacy v1: migrated to the v2 key right away, the v1 key left as it is', () => {
    const v1 = '{"prepare":["email","payment-method"],"bad":"x"}';
    const s = open({ [LEGACY]: v1 });
    assert.deepEqual(s.store.$ticks.get(), { prepare: { email: true, 'payment-method': true } });
    assert.deepEqual(s.stored(), { v: 2, lists: { prepare: { email: true, 'payment-method': true } } });
    assert.equal(s.data.get(LEGACY), v1);
    assert.deepEqual(s.writes, [STORAGE_KEY]);
  });

  test('legacy v1 is ignored once the v2 key holds a value', () => {
    const s = open({
      [LEGACY]: '{"prepare":["email"]}',
      [STORAGE_KEY]: v2({ register: { 'basic-information': true } }),
    });
    assert.deepEqual(s.store.$ticks.get(), { register: { 'basic-information': true } });
    assert.deepEqual(s.writes, []);
  });
});

describe('createChecklistStore: failing storage', () => {
  test('storage that throws on read: cannot save, works in memory, never writes', () => {
    const s = open({ [STORAGE_KEY]: v2({ prepare: { email: true } }) }, { get: true });
    assert.equal(s.store.$canSave.get(), false);
    assert.deepEqual(s.store.$ticks.get(), {});
    s.store.update(tick('prepare', 'network'));
    assert.deepEqual(s.store.$ticks.get(), { prepare: { network: true } });
    assert.deepEqual(s.writes, []);
    assert.equal(s.data.get(STORAGE_KEY), v2({ prepare: { email: true } }));
  });

  test('a localStorage getter that throws: cannot save, works in memory', () => {
    const s = open({}, {}, () => {
      throw new DOMException('denied', 'SecurityError');
    });
    assert.equal(s.store.$canSave.get(), false);
    s.store.update(tick('prepare', 'email'));
    assert.deepEqual(s.store.$ticks.get(), { prepare: { email: true } });
  });

  test('storage that refuses writes: saved ticks shown, cannot save, changes in memory', () => {
    const raw = v2({ prepare: { email: true } });
    const s = open({ [STORAGE_KEY]: raw }, { set: true });
    assert.equal(s.store.$canSave.get(), false);
    assert.deepEqual(s.store.$ticks.get(), { prepare: { email: true } });
    s.store.update(tick('prepare', 'network'));
    assert.deepEqual(s.store.$ticks.get(), { prepare: { email: true, network: true } });
    assert.equal(s.store.$canSave.get(), false);
    assert.equal(s.data.get(STORAGE_KEY), raw);
  });

  test('storage that fills up later: cannot save until a write succeeds again', () => {
    const s = open();
    s.store.update(tick('prepare', 'email'));
    assert.equal(s.store.$canSave.get(), true);
    s.fail.set = true;
    s.store.update(tick('prepare', 'network'));
    assert.equal(s.store.$canSave.get(), false);
    assert.deepEqual(s.store.$ticks.get(), { prepare: { email: true, network: true } });
    assert.deepEqual(s.stored().lists, { prepare: { email: true } });
    s.fail.set = false;
    s.store.update(tick('prepare', 'mobile-number'));
    assert.equal(s.store.$canSave.get(), true);
    assert.deepEqual(Object.keys(s.stored().lists.prepare), ['email', 'mobile-number', 'network']);
  });
});

describe('createChecklistStore: changes', () => {
  test('a change that changes nothing writes nothing', () => {
    const s = open({ [STORAGE_KEY]: '{broken' });
    s.store.update(tick('prepare', 'email', false));
    s.store.update(tick('BAD ID', 'email'));
    assert.deepEqual(s.writes, []);
    assert.equal(s.data.get(STORAGE_KEY), '{broken');
  });

  test('clear and restore: the unknown ids of the list come back too', () => {
    const s = open({ [STORAGE_KEY]: v2({ prepare: { email: true, 'old-item': true }, register: { x: true } }) });
    const before = s.store.$ticks.get().prepare ?? {};
    s.store.update((t) => clearList(t, 'prepare'));
    assert.deepEqual(s.stored().lists, { register: { x: true } });
    s.store.update(tick('prepare', 'network'));
    s.store.update((t) => restoreList(t, 'prepare', before));
    assert.deepEqual(s.stored().lists, {
      prepare: { email: true, network: true, 'old-item': true },
      register: { x: true },
    });
  });
});

describe('createChecklistStore: other tabs', () => {
  test('a change in another tab shows here and is not written back', () => {
    const s = open({ [STORAGE_KEY]: v2({ prepare: { email: true } }) });
    const raw = v2({ prepare: { email: true, network: true } });
    s.data.set(STORAGE_KEY, raw);
    s.otherTab(STORAGE_KEY, raw);
    assert.deepEqual(s.store.$ticks.get(), { prepare: { email: true, network: true } });
    assert.deepEqual(s.writes, []);
  });

  test('a corrupt value from another tab is not written back', () => {
    const s = open({ [STORAGE_KEY]: v2({ prepare: { email: true } }) });
    s.data.set(STORAGE_KEY, '[garbage');
    s.otherTab(STORAGE_KEY, '[garbage');
    s.pageshow();
    assert.deepEqual(s.store.$ticks.get(), {});
    assert.deepEqual(s.writes, []);
    assert.equal(s.data.get(STORAGE_KEY), '[garbage');
  });

  test('other keys changing leave the ticks alone', () => {
    const s = open({ [STORAGE_KEY]: v2({ prepare: { email: true } }) });
    s.otherTab('hwc-guide:theme:v1', 'dark');
    assert.deepEqual(s.store.$ticks.get(), { prepare: { email: true } });
  });
});
