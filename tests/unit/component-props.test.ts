import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oneOf, onlyProps, optionalText, permanentId, requiredText } from '../../src/lib/component-props.ts';

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

test('oneOf takes numbers too, and names a number value as written', () => {
  assert.equal(oneOf('AnchorHeading', 'level', 3, [2, 3]), 3);
  assert.throws(
    () => oneOf('AnchorHeading', 'level', '2', [2, 3]),
    new Error('<AnchorHeading level="2">: "level" must be one of 2, 3'),
  );
});

test('requiredText wants non-empty text', () => {
  assert.equal(requiredText('Link', 'href', '/prepare/'), '/prepare/');
  for (const bad of [undefined, '', ' ', 7]) {
    assert.throws(
      () => requiredText('Link', 'href', bad),
      /^Error: <Link href=.*>: "href" is required and must be non-empty text$/,
    );
  }
});

test('permanentId accepts lower-case ASCII ids and names a bad one', () => {
  assert.equal(permanentId('Claim', 'id', 'top-up-postpaid'), 'top-up-postpaid');
  assert.equal(permanentId('Claim', 'id', '3ds'), '3ds');
  for (const bad of ['Top-Up', 'top_up', '-top', 'top up', '', undefined, 12]) {
    assert.throws(
      () => permanentId('Claim', 'id', bad),
      (e: Error) => {
        assert.match(e.message, /^<Claim id=/);
        assert.match(e.message, /lower-case ASCII letters, digits and hyphens/);
        return true;
      },
    );
  }
});

test('onlyProps names the props a component does not take, and the ones it does', () => {
  onlyProps('Callout', { type: 'tip', title: 'T' }, ['type', 'title']);
  onlyProps('Steps', { 'data-astro-cid-abc': '' }, []);
  assert.throws(
    () => onlyProps('Callout', { tpye: 'tip' }, ['type', 'title']),
    new Error('<Callout tpye="tip">: Callout has no prop "tpye" (its props are "type", "title")'),
  );
  assert.throws(
    () => onlyProps('Steps', { start: 3 }, []),
    new Error('<Steps start=3>: Steps has no prop "start" (it takes no props)'),
  );
});
