import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneOf, optionalText } from '../../src/lib/component-props.ts';

const TYPES = ['note', 'tip', 'caution', 'danger'] as const;

test('oneOf returns an allowed value or the fallback', () => {
  assert.equal(oneOf('Callout', 'type', 'tip', TYPES, 'note'), 'tip');
  assert.equal(oneOf('Callout', 'type', undefined, TYPES, 'note'), 'note');
});

test('oneOf names the component, the prop, the bad value and the allowed ones', () => {
  assert.throws(
    () => oneOf('Callout', 'type', 'warning', TYPES, 'note'),
    new Error('<Callout type="warning">: "type" must be one of "note", "tip", "caution", "danger"'),
  );
  assert.throws(() => oneOf('Callout', 'type', 3, TYPES), /<Callout type=3>/);
  assert.throws(() => oneOf('Callout', 'type', undefined, TYPES), /<Callout type=undefined>/);
});

test('optionalText accepts text or nothing', () => {
  assert.equal(optionalText('Callout', 'title', 'Use your real address'), 'Use your real address');
  assert.equal(optionalText('Callout', 'title', undefined), undefined);
  assert.throws(() => optionalText('Callout', 'title', '  '), /<Callout title=" {2}">: "title" must be non-empty text/);
});
