import assert from 'node:assert/strict';
import { test } from 'node:test';
import { STORAGE_KEY } from '../../src/features/checklist/keys.ts';
import {
  checklistsNeededNow,
  chooserNeededNow,
  earlyTicksValue,
  neededNow,
  TICK_KEYS,
} from '../../src/lib/island-demand.ts';
import { fakeStorage } from './helpers/fake-storage.ts';

const memory = (entries: Record<string, string> = {}) => {
  const { storage, data } = fakeStorage(entries);
  return Object.assign(storage, { map: data });
};
const fail = (): never => {
  throw new DOMException('no', 'SecurityError');
};

test('checklists wait for the reader when nothing is saved and storage works (and the probe leaves nothing)', () => {
  const s = memory();
  assert.equal(
    checklistsNeededNow(() => s),
    false,
  );
  assert.equal(s.map.size, 0);
});

test('checklists load at once when ticks are saved under the current or a legacy key', () => {
  for (const key of TICK_KEYS)
    assert.equal(
      checklistsNeededNow(() => memory({ [key]: '{}' })),
      true,
      key,
    );
  assert.ok(TICK_KEYS.includes(STORAGE_KEY));
});

test('checklists load at once when storage is missing, unreadable or refuses writes (the island says so)', () => {
  assert.equal(checklistsNeededNow(fail), true);
  assert.equal(
    checklistsNeededNow(() => ({ ...memory(), getItem: fail })),
    true,
  );
  assert.equal(
    checklistsNeededNow(() => ({ ...memory(), setItem: fail })),
    true,
  );
});

test('the chooser loads at once only when the link carries one of its answers', () => {
  assert.equal(chooserNeededNow(''), false);
  assert.equal(chooserNeededNow('?utm_source=x&ref=1'), false);
  for (const q of [
    '?for=individual',
    '?card=no',
    '?pay=any',
    '?acct=postpaid',
    '?need=large',
    '?amount=10',
    '?cur=USD',
    '?x=1&for=junk',
  ]) {
    assert.equal(chooserNeededNow(q), true, q);
  }
});

test('the early ticks are stored exactly as the checklist store would store them', async () => {
  const { parseTicks, serializeTicks } = await import('../../src/features/checklist/storage.ts');
  const pairs: [string, string][] = [
    ['register', 'phone'],
    ['prepare', 'network'],
    ['prepare', 'email'],
  ];
  const value = earlyTicksValue(pairs);
  assert.equal(value, serializeTicks({ prepare: { email: true, network: true }, register: { phone: true } }));
  assert.equal(parseTicks(value).status, 'ok');
  assert.equal(parseTicks(earlyTicksValue([])).status, 'ok');
});

test('neededNow: the chooser follows the link, checklists their saved ticks, the link check never loads before use', () => {
  const saved = () => memory({ [STORAGE_KEY]: '{"prepare":{"email":true}}' });
  assert.equal(neededNow('chooser', '?for=individual', saved), true);
  assert.equal(neededNow('chooser', '', saved), false);
  assert.equal(neededNow('checklist', '', saved), true);
  assert.equal(neededNow('checklist-overview', '', saved), true);
  assert.equal(
    neededNow('checklist', '', () => memory()),
    false,
  );
  // Saved ticks and chooser answers in the link do not load the link check.
  assert.equal(neededNow('link-check', '?for=individual&card=yes', saved), false);
  assert.equal(neededNow('link-check', '', fail), false);
});
