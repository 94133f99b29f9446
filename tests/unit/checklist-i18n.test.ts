import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { CHECKLIST_STRINGS, checklistStrings, progressText } from '../../src/i18n/checklist.ts';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('checklist strings', () => {
  test('both locales have the same keys, all non-empty, with the same placeholders', () => {
    const { en, 'zh-cn': zh } = CHECKLIST_STRINGS;
    assert.deepEqual(Object.keys(zh).sort(), Object.keys(en).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      assert.ok(en[key].trim() && zh[key].trim(), key);
      assert.deepEqual(placeholders(zh[key]), placeholders(en[key]), key);
    }
  });

  test('progress counts up and says "All set" at the end', () => {
    const en = checklistStrings('en');
    assert.equal(progressText(en, 0, 4), '0 of 4 ready');
    assert.equal(progressText(en, 2, 4), '2 of 4 ready');
    assert.equal(progressText(en, 4, 4), 'All set');
    assert.equal(progressText(en, 0, 0), '0 of 0 ready');
  });

  test('Chinese progress', () => {
    const zh = checklistStrings('zh-cn');
    assert.equal(progressText(zh, 1, 4), '已完成 1 项，共 4 项');
    assert.equal(progressText(zh, 4, 4), '全部完成');
  });
});
