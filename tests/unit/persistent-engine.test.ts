import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { persistentAtom, setPersistentEngine } from '@nanostores/persistent';
import { createPersistentEngine } from '../../src/lib/persistent-engine.ts';
import { createSafeStorage } from '../../src/lib/safe-storage.ts';
import { fakeStorage } from './helpers/fake-storage.ts';

const noEvents = { addEventListener() {}, removeEventListener() {} };

describe('createPersistentEngine', () => {
  test('reads stored values and reports missing keys as absent', () => {
    const { storage } = fakeStorage({ a: '1' });
    const engine = createPersistentEngine(createSafeStorage(() => storage));
    assert.equal(engine.a, '1');
    assert.equal('a' in engine, true);
    assert.equal(engine.b, undefined);
    assert.equal('b' in engine, false);
  });

  test('writes and reports success', () => {
    const { storage, data } = fakeStorage();
    const reports: [string, boolean][] = [];
    const engine = createPersistentEngine(
      createSafeStorage(() => storage),
      {
        onWrite: (k, ok) => reports.push([k, ok]),
      },
    );
    engine.a = 'x';
    assert.equal(data.get('a'), 'x');
    assert.deepEqual(reports, [['a', true]]);
  });

  test('skips a write of the value already stored', () => {
    const { storage, writes } = fakeStorage({ a: 'same' });
    const reports: boolean[] = [];
    const engine = createPersistentEngine(
      createSafeStorage(() => storage),
      { onWrite: (_k, ok) => reports.push(ok) },
    );
    engine.a = 'same';
    assert.deepEqual(writes, []);
    assert.deepEqual(reports, []);
  });

  test('a full storage: the write fails quietly, is reported, and the old value stays', () => {
    const { storage, data, fail } = fakeStorage({ a: 'old' });
    fail.set = true;
    const reports: boolean[] = [];
    const engine = createPersistentEngine(
      createSafeStorage(() => storage),
      { onWrite: (_k, ok) => reports.push(ok) },
    );
    // Modules are strict code: a set trap returning false would throw a TypeError here.
    assert.doesNotThrow(() => {
      engine.a = 'new';
    });
    assert.equal(data.get('a'), 'old');
    assert.deepEqual(reports, [false]);
  });

  test('storage that throws on read looks empty and never throws', () => {
    const { storage, fail } = fakeStorage({ a: '1' });
    fail.get = true;
    const engine = createPersistentEngine(createSafeStorage(() => storage));
    assert.equal(engine.a, undefined);
    assert.equal('a' in engine, false);
  });

  test('a throwing storage getter never throws', () => {
    const engine = createPersistentEngine(
      createSafeStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
      { onWrite: () => {} },
    );
    assert.equal(engine.a, undefined);
    assert.doesNotThrow(() => {
      engine.a = '1';
      delete engine.a;
    });
  });

  test('while not writable: no write, no report', () => {
    const { storage, data, writes } = fakeStorage({ a: 'old' });
    const reports: boolean[] = [];
    let writable = false;
    const engine = createPersistentEngine(
      createSafeStorage(() => storage),
      {
        writable: () => writable,
        onWrite: (_k, ok) => reports.push(ok),
      },
    );
    engine.a = 'new';
    delete engine.a;
    assert.equal(data.get('a'), 'old');
    assert.deepEqual(writes, []);
    assert.deepEqual(reports, []);
    writable = true;
    engine.a = 'new';
    assert.equal(data.get('a'), 'new');
  });

  test('ignores deletes unless allowed', () => {
    const { storage, data } = fakeStorage({ a: '1', b: '2' });
    const keep = createPersistentEngine(createSafeStorage(() => storage));
    delete keep.a;
    assert.equal(data.get('a'), '1');
    const drop = createPersistentEngine(
      createSafeStorage(() => storage),
      { allowDelete: true },
    );
    delete drop.b;
    assert.equal(data.has('b'), false);
  });

  test('ignores non-string values and symbol keys', () => {
    const { storage, writes } = fakeStorage();
    const engine = createPersistentEngine(createSafeStorage(() => storage)) as Record<string | symbol, unknown>;
    engine.a = 1;
    engine[Symbol('s')] = 'x';
    assert.equal(engine[Symbol('s')], undefined);
    assert.deepEqual(writes, []);
  });
});

describe('with @nanostores/persistent', () => {
  test('a persistent atom reads, writes, and survives a full storage', () => {
    const { storage, data, fail } = fakeStorage({ 'k:v1': 'stored' });
    const reports: boolean[] = [];
    setPersistentEngine(
      createPersistentEngine(
        createSafeStorage(() => storage),
        { onWrite: (_k, ok) => reports.push(ok) },
      ),
      noEvents,
    );
    const $value = persistentAtom<string>('k:v1', 'initial');
    assert.equal($value.get(), 'stored');
    $value.set('changed');
    assert.equal(data.get('k:v1'), 'changed');
    fail.set = true;
    assert.doesNotThrow(() => $value.set('in memory only'));
    assert.equal($value.get(), 'in memory only');
    assert.equal(data.get('k:v1'), 'changed');
    assert.deepEqual(reports, [true, false]);
  });

  test('a persistent atom over storage that throws on read starts from its initial value', () => {
    const { storage, fail } = fakeStorage({ 'k:v1': 'stored' });
    fail.get = true;
    setPersistentEngine(createPersistentEngine(createSafeStorage(() => storage)), noEvents);
    const $value = persistentAtom<string>('k:v1', 'initial');
    assert.equal($value.get(), 'initial');
  });
});
