import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { dictionaryMismatches } from '../../i18n/translate.ts';
import { LOCALES } from '../../lib/locale.ts';
import { CHECKLIST_STRINGS, checklistText, checklistTranslator, progressText } from './strings/index.ts';

describe('checklist strings', () => {
  test('every locale has the keys of English, all non-empty, with the same placeholders', () => {
    for (const locale of LOCALES) {
      const dict = CHECKLIST_STRINGS[locale];
      assert.deepEqual(dictionaryMismatches(CHECKLIST_STRINGS.en, dict), [], locale);
      for (const [key, text] of Object.entries(dict)) assert.ok(text.trim(), `${locale} ${key}`);
    }
    assert.deepEqual(Object.keys(CHECKLIST_STRINGS['zh-cn']).sort(), Object.keys(CHECKLIST_STRINGS.en).sort());
  });

  test('progress counts up and says "All set" at the end', () => {
    const t = checklistTranslator(checklistText('en'));
    assert.equal(progressText(t, 0, 4), '0 of 4 ready');
    assert.equal(progressText(t, 2, 4), '2 of 4 ready');
    assert.equal(progressText(t, 4, 4), 'All set');
    assert.equal(progressText(t, 0, 0), '0 of 0 ready');
    assert.equal(t('restored', { progress: progressText(t, 1, 4) }), 'Ticks restored. 1 of 4 ready');
  });

  test('Chinese progress', () => {
    const text = checklistText('zh-cn');
    assert.equal(text.lang, 'zh-CN');
    const t = checklistTranslator(text);
    assert.equal(progressText(t, 1, 4), '已完成 1 项，共 4 项');
    assert.equal(progressText(t, 4, 4), '全部完成');
  });
});
