import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  clearList,
  countTicked,
  isTicked,
  isValidId,
  LEGACY_KEYS,
  loadTicks,
  MAX_RAW_LENGTH,
  mergeTicks,
  parseTicks,
  restoreList,
  STORAGE_KEY,
  serializeTicks,
  type Ticks,
  toggle,
} from './storage.ts';

describe('keys', () => {
  test('current and legacy keys are namespaced and versioned', () => {
    assert.equal(STORAGE_KEY, 'hwc-guide:checklists:v2');
    assert.deepEqual(LEGACY_KEYS, ['hwc-guide:checklists:v1']);
  });
});

describe('isValidId', () => {
  test('accepts lower-case ids of 1-64 chars', () => {
    for (const id of ['a', '0', 'email', 'bind-card-2', 'x'.repeat(64)]) assert.ok(isValidId(id), id);
  });
  test('rejects everything else', () => {
    const bad: unknown[] = [
      '',
      '-a',
      'A',
      'BAD ID',
      'a_b',
      'é',
      'x'.repeat(65),
      'a\n',
      '__proto__',
      'constructor',
      'prototype',
      1,
      null,
      undefined,
      {},
      ['a'],
    ];
    for (const id of bad) assert.equal(isValidId(id), false, String(id));
  });
});

describe('parseTicks', () => {
  test('missing value is empty', () => {
    assert.deepEqual(parseTicks(null), { ticks: {}, status: 'empty' });
    assert.deepEqual(parseTicks(undefined), { ticks: {}, status: 'empty' });
    assert.deepEqual(parseTicks(''), { ticks: {}, status: 'empty' });
  });

  test('invalid JSON and non-object JSON are corrupt', () => {
    for (const raw of ['{', 'null', '[]', '"str"', '42', 'true', ' ', 'undefined', '{"v":2,']) {
      assert.deepEqual(parseTicks(raw), { ticks: {}, status: 'corrupt' }, raw);
    }
  });

  test('never throws on hostile input', () => {
    for (const raw of [
      '\u0000',
      '\ud800',
      '{"v":2,"lists":{"a":null}}',
      '[[[[[[[[[[[]]]]]]]]]]]',
      `${'['.repeat(5000)}${']'.repeat(5000)}`,
    ]) {
      assert.doesNotThrow(() => parseTicks(raw));
    }
  });

  test('valid v2 is ok', () => {
    const raw = '{"v":2,"lists":{"prepare":{"email":true,"phone":true},"register":{"open-the-site":true}}}';
    assert.deepEqual(parseTicks(raw), {
      ticks: { prepare: { email: true, phone: true }, register: { 'open-the-site': true } },
      status: 'ok',
    });
  });

  test('v2 with no lists is ok and empty lists are dropped', () => {
    assert.deepEqual(parseTicks('{"v":2,"lists":{}}'), { ticks: {}, status: 'ok' });
    assert.deepEqual(parseTicks('{"v":2,"lists":{"prepare":{}}}'), { ticks: {}, status: 'ok' });
  });

  test('v2 unknown list and item ids are kept; unknown top-level fields ignored', () => {
    const raw = '{"v":2,"saved":123,"lists":{"future-list":{"future-item":true}}}';
    assert.deepEqual(parseTicks(raw), { ticks: { 'future-list': { 'future-item': true } }, status: 'ok' });
  });

  test('v2 with lists of the wrong type is repaired to empty', () => {
    for (const raw of ['{"v":2,"lists":[]}', '{"v":2,"lists":null}', '{"v":2,"lists":"x"}', '{"v":2}']) {
      assert.deepEqual(parseTicks(raw), { ticks: {}, status: 'repaired' }, raw);
    }
  });

  test('v2 keeps valid ticks and drops false values and bad ids', () => {
    const raw = '{"v":2,"lists":{"prepare":{"email":true,"x":false,"BAD ID":true}}}';
    assert.deepEqual(parseTicks(raw), { ticks: { prepare: { email: true } }, status: 'repaired' });
  });

  test('v2 drops values other than true and lists that are not objects', () => {
    const raw = JSON.stringify({
      v: 2,
      lists: {
        a: { one: true, two: 1, three: 'true', four: null, five: {}, six: [true] },
        b: ['email'],
        c: true,
        'Bad-List': { email: true },
        d: { ok: true },
      },
    });
    assert.deepEqual(parseTicks(raw), { ticks: { a: { one: true }, d: { ok: true } }, status: 'repaired' });
  });

  test('prototype-pollution keys are ignored', () => {
    const raw =
      '{"v":2,"lists":{"__proto__":{"polluted":true},"constructor":{"x":true},"prepare":{"__proto__":true,"prototype":true,"constructor":true,"email":true}}}';
    const { ticks, status } = parseTicks(raw);
    assert.equal(status, 'repaired');
    assert.deepEqual(ticks, { prepare: { email: true } });
    assert.equal(Object.getPrototypeOf(ticks), Object.prototype);
    assert.equal(Object.getPrototypeOf(ticks.prepare), Object.prototype);
    assert.equal('polluted' in {}, false);
    const v1 = parseTicks('{"__proto__":["polluted"],"prepare":["__proto__","constructor","email"]}');
    assert.deepEqual(v1, { ticks: { prepare: { email: true } }, status: 'migrated' });
    assert.equal('polluted' in {}, false);
  });

  test('v1 arrays are migrated', () => {
    assert.deepEqual(parseTicks('{"prepare":["email","phone"],"register":["open-the-site"]}'), {
      ticks: { prepare: { email: true, phone: true }, register: { 'open-the-site': true } },
      status: 'migrated',
    });
    assert.deepEqual(parseTicks('{}'), { ticks: {}, status: 'migrated' });
  });

  test('v1 non-string, invalid and duplicate items are dropped', () => {
    const raw = '{"prepare":["email",1,null,true,{"id":"x"},["phone"],"BAD","email",""],"empty":[],"other":"phone"}';
    assert.deepEqual(parseTicks(raw), { ticks: { prepare: { email: true } }, status: 'migrated' });
  });

  test('object that is neither v1 nor v2 is corrupt', () => {
    assert.deepEqual(parseTicks('{"prepare":{"email":true}}'), { ticks: {}, status: 'corrupt' });
    assert.deepEqual(parseTicks('{"foo":1}'), { ticks: {}, status: 'corrupt' });
  });

  test('unknown future version: v2-shaped lists are read as repaired, otherwise corrupt', () => {
    assert.deepEqual(parseTicks('{"v":3,"lists":{"prepare":{"email":true}},"extra":{}}'), {
      ticks: { prepare: { email: true } },
      status: 'repaired',
    });
    assert.deepEqual(parseTicks('{"v":3,"lists":[["prepare","email"]]}'), { ticks: {}, status: 'corrupt' });
    assert.deepEqual(parseTicks('{"v":3,"data":"..."}'), { ticks: {}, status: 'corrupt' });
    assert.deepEqual(parseTicks('{"v":"2","lists":{"a":{"b":true}}}'), {
      ticks: { a: { b: true } },
      status: 'repaired',
    });
  });

  test('very long ids are dropped', () => {
    const long = 'a'.repeat(65);
    const raw = JSON.stringify({ v: 2, lists: { [long]: { x: true }, ok: { [long]: true, y: true } } });
    assert.deepEqual(parseTicks(raw), { ticks: { ok: { y: true } }, status: 'repaired' });
  });

  test('input over MAX_RAW_LENGTH is corrupt without parsing', () => {
    const huge = `{"v":2,"lists":{"a":{"b":true}},"pad":"${'x'.repeat(MAX_RAW_LENGTH)}"}`;
    assert.deepEqual(parseTicks(huge), { ticks: {}, status: 'corrupt' });
    const fits = `{"v":2,"lists":{"a":{"b":true}},"p":"${'x'.repeat(MAX_RAW_LENGTH - 40)}"}`;
    assert.ok(fits.length <= MAX_RAW_LENGTH);
    assert.equal(parseTicks(fits).status, 'ok');
  });
});

describe('loadTicks', () => {
  const reader = (values: Record<string, string>) => (key: string) => values[key] ?? null;

  test('prefers the current key', () => {
    const read = reader({
      [STORAGE_KEY]: '{"v":2,"lists":{"a":{"b":true}}}',
      'hwc-guide:checklists:v1': '{"a":["c"]}',
    });
    assert.deepEqual(loadTicks(read), { ticks: { a: { b: true } }, status: 'ok' });
  });

  test('a corrupt current value is reported, not replaced by legacy data', () => {
    const read = reader({ [STORAGE_KEY]: '{', 'hwc-guide:checklists:v1': '{"a":["c"]}' });
    assert.deepEqual(loadTicks(read), { ticks: {}, status: 'corrupt' });
  });

  test('falls back to the legacy key as migrated', () => {
    const read = reader({ 'hwc-guide:checklists:v1': '{"a":["c"]}' });
    assert.deepEqual(loadTicks(read), { ticks: { a: { c: true } }, status: 'migrated' });
  });

  test('an unreadable legacy value counts as empty', () => {
    assert.deepEqual(loadTicks(reader({ 'hwc-guide:checklists:v1': 'nope' })), { ticks: {}, status: 'empty' });
    assert.deepEqual(loadTicks(reader({})), { ticks: {}, status: 'empty' });
  });
});

describe('serializeTicks', () => {
  test('writes v2 with sorted keys and without empty lists', () => {
    const t: Ticks = { register: { z: true, a: true }, empty: {}, prepare: { email: true } };
    assert.equal(serializeTicks(t), '{"v":2,"lists":{"prepare":{"email":true},"register":{"a":true,"z":true}}}');
    assert.equal(serializeTicks({}), '{"v":2,"lists":{}}');
  });

  test('is independent of insertion order', () => {
    assert.equal(
      serializeTicks({ b: { y: true, x: true }, a: { q: true } }),
      serializeTicks({ a: { q: true }, b: { x: true, y: true } }),
    );
  });

  test('drops invalid ids and non-true values from hand-built input', () => {
    const t = { 'BAD ID': { a: true }, ok: { a: true, b: false, 'C D': true } } as unknown as Ticks;
    assert.equal(serializeTicks(t), '{"v":2,"lists":{"ok":{"a":true}}}');
  });

  test('round-trips through parseTicks as ok', () => {
    const t: Ticks = { prepare: { email: true, phone: true }, faq: { 'x-1': true } };
    assert.deepEqual(parseTicks(serializeTicks(t)), { ticks: t, status: 'ok' });
  });
});

describe('toggle', () => {
  test('ticks and unticks without mutating the input', () => {
    const t0: Ticks = { prepare: { email: true } };
    const frozen = structuredClone(t0);
    const t1 = toggle(t0, 'prepare', 'phone', true);
    assert.deepEqual(t1, { prepare: { email: true, phone: true } });
    assert.deepEqual(t0, frozen);
    const t2 = toggle(t1, 'prepare', 'email', false);
    assert.deepEqual(t2, { prepare: { phone: true } });
    assert.deepEqual(t1, { prepare: { email: true, phone: true } });
  });

  test('removes a list when its last tick goes', () => {
    assert.deepEqual(toggle({ prepare: { email: true } }, 'prepare', 'email', false), {});
  });

  test('returns the same object when nothing changes', () => {
    const t: Ticks = { prepare: { email: true } };
    assert.equal(toggle(t, 'prepare', 'email', true), t);
    assert.equal(toggle(t, 'prepare', 'phone', false), t);
    assert.equal(toggle(t, 'other', 'phone', false), t);
  });

  test('ignores invalid and prototype ids', () => {
    const t: Ticks = {};
    assert.equal(toggle(t, 'BAD ID', 'email', true), t);
    assert.equal(toggle(t, 'prepare', '__proto__', true), t);
    assert.equal(toggle(t, 'constructor', 'email', true), t);
    assert.equal(toggle(t, 'prepare', 'x'.repeat(65), true), t);
  });

  test('keeps ticks of unknown items and other lists', () => {
    const t: Ticks = { prepare: { 'renamed-old': true }, other: { a: true } };
    assert.deepEqual(toggle(t, 'prepare', 'email', true), {
      prepare: { 'renamed-old': true, email: true },
      other: { a: true },
    });
  });
});

describe('clearList and restoreList', () => {
  test('clear then restore brings the list back', () => {
    const previous: Record<string, true> = { email: true, old: true };
    const t0: Ticks = { prepare: previous, other: { a: true } };
    const t1 = clearList(t0, 'prepare');
    assert.deepEqual(t1, { other: { a: true } });
    assert.deepEqual(t0, { prepare: { email: true, old: true }, other: { a: true } });
    assert.deepEqual(restoreList(t1, 'prepare', previous), t0);
  });

  test('clearing a missing list returns the same object', () => {
    const t: Ticks = { other: { a: true } };
    assert.equal(clearList(t, 'prepare'), t);
  });

  test('restore keeps ticks made after the clear', () => {
    const t = toggle(clearList({ prepare: { email: true } }, 'prepare'), 'prepare', 'phone', true);
    assert.deepEqual(restoreList(t, 'prepare', { email: true }), { prepare: { phone: true, email: true } });
  });

  test('restore ignores invalid entries and returns the same object when nothing changes', () => {
    const t: Ticks = { prepare: { email: true } };
    assert.equal(restoreList(t, 'prepare', { email: true }), t);
    assert.equal(restoreList(t, 'prepare', {}), t);
    assert.equal(restoreList(t, 'BAD ID', { email: true }), t);
    const dirty = JSON.parse('{"__proto__":true,"BAD":true,"no":false,"yes":true}') as Record<string, true>;
    assert.deepEqual(restoreList(t, 'prepare', dirty), { prepare: { email: true, yes: true } });
  });
});

describe('countTicked', () => {
  const t: Ticks = { prepare: { email: true, phone: true, 'removed-item': true } };

  test('counts only the known item ids', () => {
    assert.equal(countTicked(t, 'prepare', ['email', 'phone', 'card']), 2);
    assert.equal(countTicked(t, 'prepare', ['email']), 1);
    assert.equal(countTicked(t, 'prepare', []), 0);
    assert.equal(countTicked(t, 'missing', ['email']), 0);
  });

  test('counts duplicates once and ignores prototype names', () => {
    assert.equal(countTicked(t, 'prepare', ['email', 'email']), 1);
    assert.equal(countTicked(t, 'prepare', ['constructor', 'toString', '__proto__']), 0);
    assert.equal(countTicked(t, 'constructor', ['email']), 0);
    assert.equal(isTicked(t, 'toString', 'email'), false);
  });

  test('does not erase unknown ticks', () => {
    countTicked(t, 'prepare', ['email']);
    assert.equal(isTicked(t, 'prepare', 'removed-item'), true);
  });
});

describe('mergeTicks', () => {
  test('unions lists and items without mutating inputs', () => {
    const a: Ticks = { prepare: { email: true }, faq: { q: true } };
    const b: Ticks = { prepare: { phone: true }, register: { r: true } };
    assert.deepEqual(mergeTicks(a, b), {
      prepare: { email: true, phone: true },
      faq: { q: true },
      register: { r: true },
    });
    assert.deepEqual(a, { prepare: { email: true }, faq: { q: true } });
    assert.deepEqual(b, { prepare: { phone: true }, register: { r: true } });
    assert.deepEqual(mergeTicks({}, {}), {});
  });
});
