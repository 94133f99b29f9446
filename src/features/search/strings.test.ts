import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dictionaryMismatches } from '../../i18n/translate.ts';
import { SEARCH_STRINGS, searchTranslator } from './strings/index.ts';

describe('search strings', () => {
  test('both languages have the same keys, none empty, with the same placeholders', () => {
    const en = SEARCH_STRINGS.en;
    const zh = SEARCH_STRINGS['zh-cn'];
    assert.deepEqual(dictionaryMismatches(en, zh), []);
    for (const dict of [en, zh]) for (const [key, value] of Object.entries(dict)) assert.ok(value.trim() !== '', key);
  });

  test('the Chinese strings are Chinese and fill in their placeholders', () => {
    const zh = searchTranslator('zh-cn');
    assert.match(zh('search.label'), /[\u4e00-\u9fff]/);
    assert.equal(zh.plural('search.results', 3, { query: '信用卡' }), '找到 3 条与“信用卡”相关的结果');
    assert.equal(zh.plural('search.results', 1, { query: '信用卡' }), '找到 1 条与“信用卡”相关的结果');
    assert.equal(
      zh.plural('search.results', 0, { query: '信用卡' }),
      '没有找到与“信用卡”相关的结果。请换个词试试，或浏览全部章节。',
    );
  });

  test('the number of results is a plural group: none, one, many', () => {
    const en = searchTranslator('en');
    assert.equal(
      en.plural('search.results', 0, { query: 'PayPal' }),
      'No results for “PayPal”. Try another word, or browse all sections.',
    );
    assert.equal(en.plural('search.results', 1, { query: 'PayPal' }), '1 result for “PayPal”');
    assert.equal(en.plural('search.results', 12, { query: 'PayPal' }), '12 results for “PayPal”');
  });

  test('the search page description fits a meta description (50 to 170 characters in English)', () => {
    const d = SEARCH_STRINGS.en['searchPage.description'];
    assert.ok(d.length >= 50 && d.length <= 170, String(d.length));
  });
});
