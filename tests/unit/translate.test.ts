import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dictionaryMismatches, placeholders, translator } from '../../src/i18n/translate.ts';

const en = {
  'search.label': 'Search the guide',
  'search.results.zero': 'No results for “{query}”',
  'search.results.one': '1 result for “{query}”',
  'search.results.other': '{count} results for “{query}”',
  'ticks.other': '{count} ticks',
  'ticks.one': '1 tick',
} as const;

test('a translator fills templates and falls back to the key for an unknown one', () => {
  const t = translator(en, 'en');
  assert.equal(t('search.label'), 'Search the guide');
  assert.equal((t as (k: string) => string)('nope'), 'nope');
  assert.equal(t.lang, 'en');
});

test('plural groups follow the language’s rules', () => {
  const t = translator(en, 'en');
  assert.equal(t.plural('search.results', 0, { query: 'x' }), 'No results for “x”');
  assert.equal(t.plural('search.results', 1, { query: 'x' }), '1 result for “x”');
  assert.equal(t.plural('search.results', 7, { query: 'x' }), '7 results for “x”');
  assert.equal(t.plural('ticks', 0), '0 ticks');
  const zh = translator({ 'ticks.one': '不应出现', 'ticks.other': '{count} 项勾选' }, 'zh-CN');
  assert.equal(zh.plural('ticks', 1), '1 项勾选');
});

test('placeholders and dictionary mismatches name what a translation lost', () => {
  assert.deepEqual(placeholders('{b} and {a}'), ['a', 'b']);
  assert.deepEqual(dictionaryMismatches({ a: '{x}', b: 'y' }, { a: '{x}', b: 'z' }), []);
  assert.deepEqual(dictionaryMismatches({ a: '{x}', b: 'y' }, { a: 'x', c: 'z' }), [
    'key "a": placeholders x vs none',
    'missing key "b"',
    'extra key "c"',
  ]);
});
