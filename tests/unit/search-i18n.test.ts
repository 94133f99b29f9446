import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SEARCH_UI, searchTranslations } from '../../src/i18n/search.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('search strings', () => {
  test('both languages have the same keys, none empty, with the same placeholders', () => {
    const en = SEARCH_UI.en;
    const zh = SEARCH_UI['zh-cn'];
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      assert.ok(en[key].trim() !== '' && zh[key].trim() !== '', key);
      assert.deepEqual(placeholders(zh[key]), placeholders(en[key]), key);
    }
  });

  test('the Chinese strings are Chinese and fill in their placeholders', () => {
    const zh = searchTranslations('zh-cn');
    assert.match(zh('search.label'), /[\u4e00-\u9fff]/);
    assert.equal(zh('search.many', { count: '3', query: '信用卡' }), '找到 3 条与“信用卡”相关的结果');
  });

  test('the search page description fits a meta description (50 to 170 characters in English)', () => {
    const d = SEARCH_UI.en['searchPage.description'];
    assert.ok(d.length >= 50 && d.length <= 170, String(d.length));
  });
});
