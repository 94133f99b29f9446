import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dictionaryMismatches, translator } from '../../i18n/translate.ts';
import en from './strings/en.ts';
import { HANDOFF_STRINGS, handoffTranslator } from './strings/index.ts';
import zhCn from './strings/zh-cn.ts';

describe('handoff strings', () => {
  test('both locales have the same keys, all non-empty, with the same placeholders', () => {
    const { en, 'zh-cn': zh } = HANDOFF_STRINGS;
    assert.deepEqual(dictionaryMismatches(en, zh), []);
    for (const dict of [en, zh]) for (const [key, text] of Object.entries(dict)) assert.ok(text.trim(), key);
  });

  test('counted phrases: "1 tick", "5 ticks"; Chinese has one form', () => {
    const en = handoffTranslator('en');
    assert.equal(en.plural('ticks', 1), '1 tick');
    assert.equal(en.plural('ticks', 5), '5 ticks');
    assert.equal(en.plural('ticks', 0), '0 ticks');
    assert.equal(en('found', { ticks: en.plural('ticks', 5) }), '5 ticks from another device');
    assert.equal(en.plural('missing', 1), '1 item no longer exists in this guide and will be skipped.');
    assert.equal(en.plural('missing', 2), '2 items no longer exist in this guide and will be skipped.');
    const zh = handoffTranslator('zh-cn');
    assert.equal(zh('found', { ticks: zh.plural('ticks', 1) }), '来自另一台设备的 1 项勾选');
    assert.equal(zh.plural('ticks', 5), '5 项勾选');
    assert.equal(zh.plural('missing', 1), '有 1 个项目已不在本指南中，将被跳过。');
  });

  test("the island modules' translators read the same as the server's", () => {
    // handoff-en.ts and handoff-zh-cn.ts build their translator from one language's module.
    for (const [locale, dict, lang] of [
      ['en', en, 'en'],
      ['zh-cn', zhCn, 'zh-CN'],
    ] as const) {
      const server = handoffTranslator(locale);
      const island = translator(dict, lang);
      assert.equal(island.lang, server.lang);
      for (const n of [0, 1, 2, 21]) assert.equal(island.plural('ticks', n), server.plural('ticks', n));
    }
  });
});
