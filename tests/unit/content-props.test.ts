/**
 * The props rule of each content component MDX pages use without importing them
 * (src/components/content/props.ts): what passes, and that a bad value fails naming the
 * component, the prop, the value and what is allowed.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  anchorHeadingProps,
  CALLOUT_TYPES,
  calloutProps,
  claimProps,
  headingProps,
  linkProps,
  stepsBody,
  stepsProps,
} from '../../src/components/content/props.ts';

test('Callout: a type of the four (note by default) and an optional title', () => {
  assert.deepEqual(CALLOUT_TYPES, ['note', 'tip', 'caution', 'danger']);
  for (const type of CALLOUT_TYPES) assert.deepEqual(calloutProps({ type }), { type, title: undefined });
  assert.deepEqual(calloutProps({}), { type: 'note', title: undefined });
  assert.deepEqual(calloutProps({ type: 'tip', title: 'Keep it' }), { type: 'tip', title: 'Keep it' });
});

test('Callout: an unknown type names Callout, the value and the allowed types', () => {
  assert.throws(
    () => calloutProps({ type: 'warning' }),
    new Error('<Callout type="warning">: "type" must be one of "note", "tip", "caution", "danger"'),
  );
  assert.throws(() => calloutProps({ type: 'Tip' }), /<Callout type="Tip">/);
});

test('Callout: an empty title or a misspelt prop fails', () => {
  assert.throws(() => calloutProps({ type: 'tip', title: '' }), /<Callout title="">: "title" must be non-empty text/);
  assert.throws(
    () => calloutProps({ type: 'tip', tilte: 'Keep it' }),
    /<Callout tilte="Keep it">: Callout has no prop "tilte" \(its props are "type", "title"\)/,
  );
});

test('Claim: a permanent id, nothing else', () => {
  assert.deepEqual(claimProps({ id: 'top-up-postpaid' }), { id: 'top-up-postpaid' });
  assert.throws(() => claimProps({}), /<Claim id=undefined>: "id" is required/);
  assert.throws(() => claimProps({ id: 'Top Up' }), /<Claim id="Top Up">: "id" is required: lower-case ASCII/);
  assert.throws(
    () => claimProps({ id: 'a', status: 'confirmed' }),
    /Claim has no prop "status" \(its props are "id"\)/,
  );
});

test('H2 and H3: a permanent id', () => {
  assert.deepEqual(headingProps('H2', { id: 'bind-a-payment-method' }), { id: 'bind-a-payment-method' });
  assert.deepEqual(headingProps('H3', { id: 'step-1' }), { id: 'step-1' });
  assert.throws(() => headingProps('H2', {}), /<H2 id=undefined>: "id" is required/);
  assert.throws(() => headingProps('H3', { id: 'Étape' }), /<H3 id="Étape">/);
  assert.throws(() => headingProps('H2', { id: 'a', class: 'x' }), /H2 has no prop "class"/);
});

test('AnchorHeading: level 2 or 3 and a permanent id', () => {
  assert.deepEqual(anchorHeadingProps({ level: 2, id: 'a' }), { level: 2, id: 'a' });
  assert.deepEqual(anchorHeadingProps({ level: 3, id: 'b' }), { level: 3, id: 'b' });
  assert.throws(
    () => anchorHeadingProps({ level: 4, id: 'a' }),
    new Error('<AnchorHeading level=4>: "level" must be one of 2, 3'),
  );
  assert.throws(() => anchorHeadingProps({ level: 2 }), /<AnchorHeading id=undefined>/);
});

test('Link: an href, other attributes pass through', () => {
  assert.deepEqual(linkProps({ href: '/prepare/#checklist' }), { href: '/prepare/#checklist', rest: {} });
  assert.deepEqual(linkProps({ href: 'https://example.org/', title: 'T' }), {
    href: 'https://example.org/',
    rest: { title: 'T' },
  });
  assert.throws(() => linkProps({}), /<Link href=undefined>: "href" is required and must be non-empty text/);
  assert.throws(() => linkProps({ href: '' }), /<Link href="">/);
});

test('Steps: no props, and a body that is a Markdown ordered list', () => {
  stepsProps({});
  assert.throws(() => stepsProps({ start: 2 }), /<Steps start=2>: Steps has no prop "start" \(it takes no props\)/);
  const list = '<ol>\n<li>Open Billing Center.</li>\n</ol>\n';
  assert.equal(stepsBody(list), list);
  assert.equal(stepsBody('\n<ol start="2"><li>x</li></ol>'), '\n<ol start="2"><li>x</li></ol>');
  assert.throws(() => stepsBody('<ul><li>x</li></ul>'), /<Steps>: its body must be one Markdown ordered list/);
  assert.throws(() => stepsBody('<p>Open it.</p>'), /not "<p>Open it.<\/p>"/);
});
