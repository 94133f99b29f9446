import assert from 'node:assert/strict';
import { test } from 'node:test';
import { islandPropsAttr, parseIslandProps } from '../../src/lib/island-props.ts';

test('props survive the round trip through the attribute, text with quotes and markup included', () => {
  const props = { listId: 'prepare', title: 'A "quoted" <b>title</b> & more', items: [{ id: 'email', label: '邮箱' }] };
  assert.deepEqual(parseIslandProps(islandPropsAttr(props)), props);
});

test('missing, unreadable or non-object props give null (the island keeps its server HTML)', () => {
  for (const raw of [undefined, null, '', '{', 'null', '[]', '[1,2]', '"text"', '42', 'true', '{"a":1']) {
    assert.equal(parseIslandProps(raw), null, String(raw));
  }
});

test('a prototype key in the props is plain data, never the object prototype', () => {
  const props = parseIslandProps('{"__proto__":{"polluted":true},"a":1}');
  assert.ok(props);
  assert.equal(props.a, 1);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
});
