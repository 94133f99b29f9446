import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fill } from '../../src/lib/template.ts';

test('fill replaces known placeholders and keeps unknown ones, prototype names included', () => {
  assert.equal(fill('Link to section: {title}', { title: 'Email' }), 'Link to section: Email');
  assert.equal(fill('{a} and {b}', { a: '1' }), '1 and {b}');
  assert.equal(fill('{constructor}{toString}', {}), '{constructor}{toString}');
  assert.equal(fill('找到 {count} 条', { count: '3' }), '找到 3 条');
});
