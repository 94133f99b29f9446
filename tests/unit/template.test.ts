import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fill, plural } from '../../src/lib/template.ts';

test('fill replaces known placeholders and keeps unknown ones, prototype names included', () => {
  assert.equal(fill('Link to section: {title}', { title: 'Email' }), 'Link to section: Email');
  assert.equal(fill('{a} and {b}', { a: '1' }), '1 and {b}');
  assert.equal(fill('{constructor}{toString}', {}), '{constructor}{toString}');
  assert.equal(fill('找到 {count} 条', { count: '3' }), '找到 3 条');
});

test('fill takes numbers too', () => {
  assert.equal(fill('{count} results for “{query}”', { count: 3, query: 'USDT' }), '3 results for “USDT”');
});

test('plural picks the form by the language’s plural rules, and fills in the count', () => {
  const forms = {
    zero: 'No results for “{query}”',
    one: '1 result for “{query}”',
    other: '{count} results for “{query}”',
  };
  assert.equal(plural('en', 0, forms, { query: 'x' }), 'No results for “x”');
  assert.equal(plural('en', 1, forms, { query: 'x' }), '1 result for “x”');
  assert.equal(plural('en', 2, forms, { query: 'x' }), '2 results for “x”');
  // Chinese has no "one" form: one result reads like any other count.
  const zh = { zero: '没有结果', one: '不应出现', other: '找到 {count} 条结果' };
  assert.equal(plural('zh-CN', 1, zh), '找到 1 条结果');
  assert.equal(plural('zh-CN', 0, zh), '没有结果');
  // Without a zero form, zero follows the rules (English: "other").
  assert.equal(plural('en', 0, { one: 'one', other: '{count} others' }), '0 others');
});
